// The engine's assessment as the screen reads it (shared/engine: the findings-format output).
export type {
  Assessment,
  AssessedRule,
  AssessedSource,
  EvidenceRow,
  FlagUrgency,
  NextTest,
} from '../../../shared/engine';
