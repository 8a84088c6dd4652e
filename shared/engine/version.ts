// The engine's version, printed in every assessment so a stored or exchanged result can be traced
// to the rules that produced it. Bump it whenever a verdict, urgency or probability could change.
export const ENGINE_VERSION = '1.0.0';
