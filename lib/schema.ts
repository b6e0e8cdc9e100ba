export { anyNotificationSchema, hangupSchema, notificationSchemas } from './generated/schema.js';
