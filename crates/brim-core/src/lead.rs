//! The lead's tools: invites (made, listed, revoked), the member list, a
//! member's role, removing a member, and posting co-production
//! opportunities on the group's board. Each is one request to the group
//! server, which checks the role itself; here the role is only checked so a
//! person who is not the lead hears why at once. They need the network, and
//! write nothing to the journal: the server is the one place an invite or a
//! membership lives.
//!
//! Also the join link a lead hands out, and its QR code:
//! `brim://join?server=https%3A%2F%2Fgroups.example.org&code=7KQ2-M9XD-H4TB-P8RC`.
//! A link of Brim's own (not an https page) because the group server serves
//! no web pages, and because a phone's camera or browser that does not know
//! `brim://` shows the text instead of fetching it: the code reaches no web
//! server's log on the way. The join form takes the link, or the code alone.

use brim_protocol::{
    CreateInviteRequest, CreatedInvite, ErrorCode, GroupMember, InviteInfo, InviteList, MemberList,
    Opportunity, PostOpportunityRequest, Role, SetRoleRequest,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::sync::{Failure, classify, require_secure};
use crate::words::id;
use crate::{Journal, SyncClient, group};

/// What a join link starts with.
pub const JOIN_LINK_START: &str = "brim://join";

/// A new invite, as the lead chooses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewInvite {
    /// `member` or `peer_supporter`.
    pub role: Role,
    /// How many people may join with it (1 when not given).
    #[ts(optional)]
    pub max_uses: Option<u32>,
    /// How many days it works (7 when not given).
    #[ts(optional)]
    pub valid_days: Option<u32>,
}

/// A new invite: its code, the join link and the link's QR code. The code is
/// shown only now; the server keeps only its hash, and Brim keeps nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Invite {
    pub invite_id: Uuid,
    /// Like `7KQ2-M9XD-H4TB-P8RC`.
    pub code: String,
    pub role: Role,
    pub max_uses: u32,
    /// When it stops working (RFC 3339).
    pub expires_at: String,
    /// `brim://join?server=…&code=…`.
    pub join_link: String,
    /// The join link as a QR code: one `<svg>` element, black on white.
    pub qr_svg: String,
}

/// A co-production opportunity, as the lead writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewOpportunity {
    /// What it is, like "Interview panel for a new support worker".
    pub title: String,
    /// When, where, what it involves.
    #[ts(optional)]
    pub about: Option<String>,
    /// The skills it needs, in the lead's words.
    pub skills: Vec<String>,
    /// The last day to answer.
    pub closes_on: chrono::NaiveDate,
}

/// The join link for a server address and an invite code.
pub fn join_link(server_url: &str, code: &str) -> String {
    let mut link = reqwest::Url::parse(JOIN_LINK_START).expect("a fixed, valid link");
    link.query_pairs_mut().append_pair("server", server_url).append_pair("code", code);
    link.to_string()
}

/// The server address and invite code in a join link; `None` when `text` is
/// not a join link at all. A link that is missing a part is an error that
/// says what to do.
pub fn read_join_link(text: &str) -> Result<Option<(String, String)>> {
    let text = text.trim();
    if !text.get(..JOIN_LINK_START.len()).is_some_and(|s| s.eq_ignore_ascii_case(JOIN_LINK_START)) {
        return Ok(None);
    }
    let incomplete = || Error::invalid(id::ERROR_JOIN_LINK_INCOMPLETE);
    let link = reqwest::Url::parse(text).map_err(|_| incomplete())?;
    let part = |name: &str| {
        link.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    match (part("server"), part("code")) {
        (Some(server), Some(code)) => Ok(Some((server, code))),
        _ => Err(incomplete()),
    }
}

/// `text` as a QR code, drawn as one SVG element (no XML declaration), with
/// the quiet zone around it that scanners need.
pub fn qr_svg(text: &str) -> Result<String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|_| Error::invalid(id::ERROR_LINK_TOO_LONG))?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // The renderer starts with an XML declaration, which has no place inside a page.
    Ok(image.find("<svg").map_or(image.clone(), |at| image[at..].to_owned()))
}

fn only_the_lead() -> Error {
    Error::NotAllowed(id::ERROR_ONLY_THE_LEAD)
}

impl SyncClient {
    /// One request of the lead's, answered with the body of a 2xx.
    async fn lead_request(
        &self,
        journal: &Journal,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<String> {
        let creds = journal.read(|tx| {
            let m = group::active(tx)?;
            if m.role != Role::Lead {
                return Err(only_the_lead());
            }
            group::credentials(tx)?.ok_or(Error::NotInGroup)
        })?;
        require_secure(&creds.server_url)?;
        let mut req =
            self.http.request(method, format!("{}{path}", creds.server_url)).bearer_auth(&creds.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        match classify(req.send().await).await {
            Ok(body) => Ok(body),
            Err(Failure::Retry(e, _)) => Err(e),
            // The next sync finds out what happened to this device, and says so.
            Err(Failure::Unauthorized) => Err(Error::NeedsRejoin),
            // Gone (removed by someone else meanwhile), or this device is no longer the lead.
            Err(Failure::Refused(Some(ErrorCode::NotFound), _)) => {
                Err(Error::NotFound(id::ERROR_NOT_FOUND_PERSON_OR_INVITE))
            }
            Err(Failure::Refused(_, message)) => Err(Error::ServerRefused(message)),
        }
    }

    /// A new invite for a member or a peer supporter, with its join link and QR code.
    pub async fn create_invite(&self, journal: &Journal, new: &NewInvite) -> Result<Invite> {
        let request =
            CreateInviteRequest { role: new.role, max_uses: new.max_uses, valid_days: new.valid_days };
        let body = serde_json::to_value(&request).map_err(|_| Error::ServerUnavailable)?;
        let answer = self.lead_request(journal, reqwest::Method::POST, "/v1/invites", Some(body)).await?;
        let made: CreatedInvite = serde_json::from_str(&answer).map_err(|_| Error::ServerUnavailable)?;
        let server =
            journal.read(|tx| Ok(group::membership(tx)?.map(|m| m.server_url)))?.ok_or(Error::NotInGroup)?;
        let link = join_link(&server, &made.code);
        Ok(Invite {
            qr_svg: qr_svg(&link)?,
            join_link: link,
            invite_id: made.invite_id,
            code: made.code,
            role: made.role,
            max_uses: made.max_uses,
            expires_at: made.expires_at,
        })
    }

    /// The group's invites for members and peer supporters, newest first (no codes).
    pub async fn list_invites(&self, journal: &Journal) -> Result<Vec<InviteInfo>> {
        let answer = self.lead_request(journal, reqwest::Method::GET, "/v1/invites", None).await?;
        let list: InviteList = serde_json::from_str(&answer).map_err(|_| Error::ServerUnavailable)?;
        Ok(list.invites)
    }

    /// Nobody more can join with this invite.
    pub async fn revoke_invite(&self, journal: &Journal, invite_id: Uuid) -> Result<()> {
        self.lead_request(journal, reqwest::Method::DELETE, &format!("/v1/invites/{invite_id}"), None)
            .await?;
        Ok(())
    }

    /// Everyone in the group, in the order they joined.
    pub async fn list_members(&self, journal: &Journal) -> Result<Vec<GroupMember>> {
        let answer = self.lead_request(journal, reqwest::Method::GET, "/v1/members", None).await?;
        let list: MemberList = serde_json::from_str(&answer).map_err(|_| Error::ServerUnavailable)?;
        Ok(list.members)
    }

    /// Make a member a peer supporter, or back; they see the change at their next sync.
    pub async fn set_member_role(
        &self,
        journal: &Journal,
        member_id: Uuid,
        role: Role,
    ) -> Result<GroupMember> {
        let body = serde_json::to_value(SetRoleRequest { role }).map_err(|_| Error::ServerUnavailable)?;
        let path = format!("/v1/members/{member_id}/role");
        let answer = self.lead_request(journal, reqwest::Method::PUT, &path, Some(body)).await?;
        serde_json::from_str(&answer).map_err(|_| Error::ServerUnavailable)
    }

    /// Post a co-production opportunity on the group's board. The board is
    /// fetched again at once, so the lead sees it without waiting for a sync.
    pub async fn post_opportunity(&self, journal: &Journal, new: &NewOpportunity) -> Result<Opportunity> {
        let title = new.title.trim();
        if title.is_empty() {
            return Err(Error::invalid(id::ERROR_OPPORTUNITY_TITLE_EMPTY));
        }
        let today = chrono::Local::now().date_naive();
        if new.closes_on < today || new.closes_on > today + chrono::Days::new(365) {
            return Err(Error::invalid(id::ERROR_OPPORTUNITY_CLOSES));
        }
        let request = PostOpportunityRequest {
            title: title.to_owned(),
            about: new.about.as_deref().map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned),
            skills: new.skills.iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect(),
            closes_on: new.closes_on.format("%Y-%m-%d").to_string(),
        };
        let body = serde_json::to_value(&request).map_err(|_| Error::ServerUnavailable)?;
        let answer =
            self.lead_request(journal, reqwest::Method::POST, "/v1/opportunities", Some(body)).await?;
        let posted: Opportunity = serde_json::from_str(&answer).map_err(|_| Error::ServerUnavailable)?;
        let _ = self.refresh_board(journal).await;
        Ok(posted)
    }

    /// Take an opportunity down: it leaves every member's board at their next
    /// sync. Answers already given stay until each person takes theirs back.
    pub async fn take_down_opportunity(&self, journal: &Journal, opportunity_id: Uuid) -> Result<()> {
        let path = format!("/v1/opportunities/{opportunity_id}");
        self.lead_request(journal, reqwest::Method::DELETE, &path, None).await?;
        let _ = self.refresh_board(journal).await;
        Ok(())
    }

    /// Remove a member: the server erases them and everything they shared,
    /// as if they had left; their phone keeps the receipt at its next sync.
    pub async fn remove_member(&self, journal: &Journal, member_id: Uuid) -> Result<()> {
        self.lead_request(journal, reqwest::Method::DELETE, &format!("/v1/members/{member_id}"), None)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_link_carries_the_server_and_the_code_and_reads_back() {
        let link = join_link("https://groups.example.org", "7KQ2-M9XD-H4TB-P8RC");
        assert_eq!(link, "brim://join?server=https%3A%2F%2Fgroups.example.org&code=7KQ2-M9XD-H4TB-P8RC");
        let read = read_join_link(&format!("  {link}\n")).unwrap();
        assert_eq!(read, Some(("https://groups.example.org".into(), "7KQ2-M9XD-H4TB-P8RC".into())));
        // A server with a port and a path, and odd characters, survive the trip.
        let odd = join_link("http://127.0.0.1:8787/brim?x=1&y", "AB CD");
        assert_eq!(
            read_join_link(&odd).unwrap(),
            Some(("http://127.0.0.1:8787/brim?x=1&y".into(), "AB CD".into()))
        );
        // Not a link: the code alone, or an address.
        assert_eq!(read_join_link("7KQ2-M9XD-H4TB-P8RC").unwrap(), None);
        assert_eq!(read_join_link("https://groups.example.org").unwrap(), None);
        // A link with a part missing says what to do.
        for broken in [
            "brim://join",
            "brim://join?server=https%3A%2F%2Fx.org",
            "BRIM://JOIN?code=AB",
            "brim://join?server=&code=AB",
        ] {
            let e = read_join_link(broken).unwrap_err();
            assert_eq!(e.code(), crate::ErrorCode::InvalidInput, "{broken}");
            assert!(e.to_string().contains("invite code"), "{e}");
        }
    }

    #[test]
    fn the_qr_code_is_one_svg_element_of_dark_modules_on_white() {
        let link = join_link("https://groups.example.org", "7KQ2-M9XD-H4TB-P8RC");
        let svg = qr_svg(&link).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("#000000") && svg.contains("#ffffff"));
        assert!(!svg.contains("7KQ2"), "the code is drawn, not written as text");
        // Another link draws another picture; the same link the same one.
        assert_eq!(svg, qr_svg(&link).unwrap());
        assert_ne!(svg, qr_svg(&join_link("https://groups.example.org", "AAAA-BBBB-CCCC-DDDD")).unwrap());
        assert!(svg.len() < 40_000, "small enough to hand to the page: {}", svg.len());
    }
}
