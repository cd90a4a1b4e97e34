/**
 * Tenant ids: letters, digits, `_`, `.`, `-`, 1-64 characters starting with a letter or digit. No glob characters,
 * so a tenant can never name another in a policy; no slash, space or empty id, so the admin API can address (list,
 * disable, give a policy to) every tenant a key, token or certificate mapping names.
 */
export const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** App names of keys and certificate mappings: 1-128 printable ASCII characters, no spaces. */
export const APP_ID = /^[\x21-\x7e]{1,128}$/;
