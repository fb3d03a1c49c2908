import { createRoot } from 'react-dom/client';
import { ElbUiProvider, StatusBadge } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de'; // optional: German texts (zh-CN likewise)
import 'elb-status-ui/styles.css';

function App() {
  return <StatusBadge status={503} />;
}

createRoot(document.getElementById('root')!).render(
  <ElbUiProvider locale="de" messages={de}>
    <App />
  </ElbUiProvider>,
);
