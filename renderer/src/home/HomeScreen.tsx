// Home: find a patient, pick up a recent encounter, or add a new patient.
import type { Navigate } from '../app/route';
import { NewPatientForm } from './NewPatientForm';
import { PatientSearch } from './PatientSearch';
import { RecentEncounters } from './RecentEncounters';

export function HomeScreen({ navigate }: { navigate: Navigate }) {
  return (
    <main className="home" aria-labelledby="home-h">
      <h1 id="home-h" className="visually-hidden">
        Patients
      </h1>
      <div className="home-columns">
        <div className="home-column">
          <PatientSearch navigate={navigate} />
          <RecentEncounters navigate={navigate} />
        </div>
        <div className="home-column">
          <NewPatientForm navigate={navigate} />
        </div>
      </div>
    </main>
  );
}
