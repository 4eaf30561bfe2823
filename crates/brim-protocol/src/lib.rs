//! brim-protocol: the wire types of the group server's HTTP API, shared by
//! the app's sync client and the server so the two can never drift apart.

/// The API version prefix every endpoint lives under.
pub const API_PREFIX: &str = "/v1";
