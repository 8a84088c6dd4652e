// Where the app is: the home screen, one patient's page, or one encounter. Kept as plain state (no
// router): the app has three screens and no URLs to share.
export type Route =
  | { name: 'home' }
  | { name: 'patient'; patientId: string }
  | { name: 'encounter'; encounterId: string; patientId: string };

export type Navigate = (route: Route) => void;
