import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEarlyOpen } from './workspace/earlyOpen';
import './tokens.css';
import './shell/shell.css';
import './shell/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startEarlyOpen();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
