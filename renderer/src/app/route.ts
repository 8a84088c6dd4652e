// Where the app is: the home screen, one patient's page, one encounter, or the settings. Kept as
// plain state (no router): the app has four screens and no URLs to share.
export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'patient'; patientId: string }
  | { name: 'encounter'; encounterId: string; patientId: string };

export type Navigate = (route: Route) => void;
