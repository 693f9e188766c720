import { sql } from "drizzle-orm";

// The request's tenant and user travel as transaction-local settings (set_config(..., true)),
// so they can never leak to the next request that borrows the pooled connection.
// current_setting(..., true) yields '' (not NULL) once a setting has been used in the
// session, hence nullif.
export const currentOrgId = sql`nullif(current_setting('app.org_id', true), '')::uuid`;
export const currentUserId = sql`nullif(current_setting('app.user_id', true), '')`;
export const currentInvitationTokenHash = sql`nullif(current_setting('app.invitation_token_hash', true), '')`;
