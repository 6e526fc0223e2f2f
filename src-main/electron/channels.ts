/** IPC channel names, shared by the main process and the preload (and nowhere else). */
export const API_CHANNEL = 'roi:api';
export const JOB_EVENT_CHANNEL = 'roi:job-event';
export const OPEN_EXTERNAL_CHANNEL = 'roi:open-external';
export const CHOOSE_PROJECT_CHANNEL = 'roi:choose-project';
