// Vitest runs server code outside React's server environment, where the real module would throw.
export {};
