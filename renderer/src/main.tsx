// Renderer entry: styles, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/base.css';
import './styles/encounter.css';
import './styles/history.css';
import './styles/tests.css';
import './styles/assessment.css';
import './styles/steps.css';
import './styles/settings.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
