export { hangupSchema } from './generated/schema.js';
