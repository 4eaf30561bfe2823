//! Size limits the server enforces; the client checks the same numbers
//! before queuing an operation so a person hears about it at once.

/// Largest request body the server accepts, in bytes (larger: 413).
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// Most operations in one sync request (more: 422; send the rest next time).
pub const MAX_OPERATIONS_PER_SYNC: usize = 1_000;
/// Most changes the server returns in one sync answer (`has_more` says if more wait).
pub const MAX_CHANGES_PER_SYNC: usize = 1_000;
/// Longest display name or device name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest skill name or skill area, in characters.
pub const MAX_LABEL_CHARS: usize = 200;
/// Longest free text (a story, a moment, a recognition message), in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// Most ratings in one shared check-in, or skills linked to one moment.
pub const MAX_ITEMS_PER_SHARE: usize = 100;
/// Most skills listed when opting in to "open to roles".
pub const MAX_OPEN_SKILLS: usize = 50;
/// Longest invite code the server will look at, in characters.
pub const MAX_INVITE_CODE_CHARS: usize = 64;
