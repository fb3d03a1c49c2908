import axios from 'axios';
import { useState } from 'react';
import { ErrorPanel } from 'elb-status-ui';

export function RenameLoadBalancer({ id, name }: { id: string; name: string }) {
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    try {
      await axios.put(`/v2.0/lbaas/loadbalancers/${id}`, { loadbalancer: { name } });
      setError(null);
    } catch (failure) {
      setError(failure); // an AxiosError: status, body, headers, method and URL
    }
  };
  return (
    <>
      <button type="button" onClick={() => void save()}>
        Save
      </button>
      <ErrorPanel error={error} onRetry={save} />
    </>
  );
}
