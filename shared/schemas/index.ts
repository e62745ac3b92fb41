export * from './primitives';
export * from './records';
export * from './template';
