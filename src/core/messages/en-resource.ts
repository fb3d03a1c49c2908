/**
 * English descriptions of the resource status vocabulary (per API, as the APIs disagree), the
 * reasons a member's health check fails, and the status tree's texts. Only the badge tooltip and
 * the status tree need them; the pill's labels are in en-resource-base.ts.
 */
export const enResource = {
  'rs.field.provisioning': 'Provisioning',
  'rs.field.operating': 'Operation',
  'rs.undocumented': 'A status this library does not know, shown as the service sent it.',
  'rs.desc.octavia-v2.provisioning.ACTIVE': 'The configuration is applied. Only now does the load balancer accept changes.',
  'rs.desc.octavia-v2.provisioning.PENDING_CREATE': 'Being created. Changes are refused (409) until it is done.',
  'rs.desc.octavia-v2.provisioning.PENDING_UPDATE':
    'A change is being applied, here or to an object below it. Changes are refused (409) until it is done; this is not a fault.',
  'rs.desc.octavia-v2.provisioning.PENDING_DELETE': 'Being deleted. It disappears once the deletion is done.',
  'rs.desc.octavia-v2.provisioning.ERROR':
    'Provisioning failed. It cannot be changed: delete it and create it again, or ask an administrator to fail the load balancer over.',
  'rs.desc.octavia-v2.provisioning.DELETED': 'Deleted. The object is gone.',
  'rs.desc.octavia-v2.provisioning.ALLOCATED': 'Amphora only: the amphora is assigned to a load balancer.',
  'rs.desc.octavia-v2.provisioning.BOOTING': 'Amphora only: the amphora virtual machine is being built.',
  'rs.desc.octavia-v2.provisioning.READY': 'Amphora only: a spare amphora, ready to be assigned.',
  'rs.desc.octavia-v2.provisioning.FAILOVER_STOPPED': 'Amphora only: too many failovers, so automatic failover has stopped.',
  'rs.desc.octavia-v2.operating.ONLINE': 'Working normally. A member passes its health checks; nothing below is failing.',
  'rs.desc.octavia-v2.operating.OFFLINE':
    'Administratively disabled, or not reported yet: new objects are offline until the load balancer first reports on them.',
  'rs.desc.octavia-v2.operating.OFFLINE.disabled': 'Administratively disabled (admin state down). This is deliberate.',
  'rs.desc.octavia-v2.operating.OFFLINE.notReporting':
    'Enabled, but the load balancer does not report it as running. A new object shows this until the first report arrives.',
  'rs.desc.octavia-v2.operating.DEGRADED':
    'Still serving with reduced capacity: something below is failing, or a listener has reached its connection limit.',
  'rs.desc.octavia-v2.operating.ERROR':
    'Failed: a member fails its health checks, or a pool has no working member. Traffic for it fails.',
  'rs.desc.octavia-v2.operating.NO_MONITOR': 'The pool has no health monitor, so health is not measured. Traffic is still sent.',
  'rs.desc.octavia-v2.operating.DRAINING': 'Takes no new connections but keeps the existing ones.',
  'rs.desc.elb-v3.provisioning.ACTIVE': 'Provisioned and in use.',
  'rs.desc.elb-v3.provisioning.PENDING_DELETE': 'Being deleted. It disappears once the deletion is done.',
  'rs.desc.elb-v3.provisioning.ERROR':
    'The policy repeats a rule of another policy on the same listener and is not applied. Delete this policy and add a different one.',
  'rs.desc.elb-v3.provisioning.PENDING_CREATE': 'Being created. Changes are refused (409) until it is done.',
  'rs.desc.elb-v3.provisioning.RECYCLING': 'Deleted and kept in the recycle bin. It is destroyed at its termination time unless recovered.',
  'rs.desc.elb-v3.provisioning.UPGRADED': 'The upgrade to a dedicated load balancer is done. Confirm it or roll it back.',
  'rs.desc.elb-v3.provisioning.UPGRADE_FAILED': 'The upgrade to a dedicated load balancer failed. It can be rolled back.',
  'rs.desc.elb-v3.provisioning.ROLLBACK_FAILED': 'Rolling back the upgrade failed. The rollback can be tried again.',
  'rs.desc.elb-v3.operating.ONLINE': 'Running normally. A backend server is healthy.',
  'rs.desc.elb-v3.operating.FROZEN':
    'Frozen (for example for arrears). It forwards no traffic, health checks stop, and only its name and tags can be changed.',
  'rs.desc.elb-v3.operating.DEGRADED':
    'Partly unhealthy: a backend server below is offline, or a forwarding policy of this listener failed.',
  'rs.desc.elb-v3.operating.DISABLED': 'Switched off (admin state down) on this object or one above it.',
  'rs.desc.elb-v3.operating.DISABLED.member': 'Disabled: usually the cloud server behind this backend no longer exists.',
  'rs.desc.elb-v3.operating.NO_MONITOR': 'No health check is enabled. The backend is treated as healthy and keeps receiving traffic.',
  'rs.desc.elb-v3.operating.OFFLINE': 'Down: its cloud server is stopped or gone, or it fails its health checks. It receives no traffic.',
  'rs.desc.elb-v3.operating.INITIAL': 'The health check is on, but no result has arrived yet.',
  'rs.desc.elb-v3.operating.UNKNOWN':
    'Health is unknown: the pool is not attached to a listener or load balancer, or no server is linked. Nothing has failed.',
  'rs.desc.elb-v2.provisioning.ACTIVE': 'Provisioned.',
  'rs.desc.elb-v2.provisioning.PENDING_CREATE': 'Being created. Changes are refused (409) until it is done.',
  'rs.desc.elb-v2.provisioning.ERROR':
    'Provisioning failed. For a forwarding policy or rule: it repeats a rule of another policy on the same listener.',
  'rs.desc.elb-v2.provisioning.PENDING_UPDATE': 'A change is being applied. Changes are refused (409) until it is done.',
  'rs.desc.elb-v2.provisioning.PENDING_DELETE': 'Being deleted. It disappears once the deletion is done.',
  'rs.desc.elb-v2.operating.ONLINE': 'Running normally.',
  'rs.desc.elb-v2.operating.OFFLINE': 'Down: the cloud server is stopped or missing, or fails its health check. It receives no traffic.',
  'rs.desc.elb-v2.operating.DEGRADED': 'Partly unhealthy: a forwarding policy or rule below has failed.',
  'rs.desc.elb-v2.operating.DISABLED': 'Switched off (admin state down) on this object or one above it.',
  'rs.desc.elb-v2.operating.DISABLED.member': 'Disabled: switched off above it, or the cloud server behind this backend is gone.',
  'rs.desc.elb-v2.operating.NO_MONITOR': 'No health check, or the health check is switched off. Health is not measured.',
  'rs.desc.elb-v2.operating.FROZEN': 'Frozen. It forwards no traffic and most changes are refused.',
  'rs.reason.CONNECT_TIMEOUT': 'Health check: connecting to the backend timed out.',
  'rs.reason.CONNECT_REFUSED': 'Health check: the connection was refused.',
  'rs.reason.CONNECT_FAILED': 'Health check: the connection could not be set up.',
  'rs.reason.CONNECT_INTERRUPT': 'Health check: the connection dropped before the check finished.',
  'rs.reason.SSL_HANDSHAKE_ERROR': 'Health check: the TLS handshake with the backend failed.',
  'rs.reason.RECV_RESPONSE_FAILED': "Health check: reading the backend's reply failed.",
  'rs.reason.RECV_RESPONSE_TIMEOUT': 'Health check: no reply came within the timeout.',
  'rs.reason.SEND_REQUEST_FAILED': 'Health check: the probe request could not be sent.',
  'rs.reason.SEND_REQUEST_TIMEOUT': 'Health check: sending the probe request timed out.',
  'rs.reason.RESPONSE_FORMAT_ERROR': 'Health check: the reply was not a valid response.',
  'rs.reason.RESPONSE_MISMATCH': "Health check: the reply's status code is not one of the expected codes.",
  'rs.reason.other': 'Health check failed: {code}',
  'rs.reason.codes': 'Expected {expected}, received {received}.',
  'rs.type.loadbalancer': 'Load balancer',
  'rs.type.listener': 'Listener',
  'rs.type.pool': 'Backend server group',
  'rs.type.member': 'Backend server',
  'rs.type.healthmonitor': 'Health check',
  'rs.type.l7policy': 'Forwarding policy',
  'rs.type.l7rule': 'Forwarding rule',
  'rs.tree.label': 'Status of load balancer {name}',
  'rs.tree.empty': 'No status to show.',
  'rs.tree.membersDown': '{count} of {total} members offline',
  'rs.tree.problems': 'problems below: {count}',
  'rs.tree.busy': 'changes in progress below: {count}',
  'rs.tree.more': 'Show {count} more',
} as const;
