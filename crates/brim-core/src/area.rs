//! Skill areas: the nine Brim names, or a person's own.
//!
//! An area travels as one string: the id of a built-in area (`"speaking_up"`)
//! or the person's own words. Own words that match a built-in id or label are
//! that built-in area, so "money" typed by hand and picked from the list agree.

use std::sync::OnceLock;

use brim_protocol::SummaryArea;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::preferences::Language;
use crate::words::{self, MessageId, Words, id};

/// The longest own area name, in characters.
pub const MAX_AREA_CHARS: usize = 40;

/// Where a skill belongs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, TS)]
#[ts(type = "string")]
pub enum Area {
    People,
    Organising,
    Practical,
    Creative,
    Resilience,
    Money,
    Caring,
    SpeakingUp,
    Learning,
    /// The person's own name for an area, trimmed, 1 to 40 characters.
    Own(String),
}

/// A built-in area as the UI lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AreaInfo {
    pub id: String,
    pub label: String,
    /// One plain sentence on what belongs here.
    pub about: String,
}

/// The built-in areas: id, the name the group's server knows it by (English,
/// on the wire, never shown as such), and the messages a person reads.
const BUILT_IN: [(Area, &str, &str, MessageId, MessageId); 9] = [
    (Area::People, "people", "People", id::AREA_PEOPLE, id::AREA_PEOPLE_ABOUT),
    (Area::Organising, "organising", "Organising", id::AREA_ORGANISING, id::AREA_ORGANISING_ABOUT),
    (Area::Practical, "practical", "Practical", id::AREA_PRACTICAL, id::AREA_PRACTICAL_ABOUT),
    (Area::Creative, "creative", "Creative", id::AREA_CREATIVE, id::AREA_CREATIVE_ABOUT),
    (Area::Resilience, "resilience", "Resilience", id::AREA_RESILIENCE, id::AREA_RESILIENCE_ABOUT),
    (Area::Money, "money", "Money", id::AREA_MONEY, id::AREA_MONEY_ABOUT),
    (Area::Caring, "caring", "Caring", id::AREA_CARING, id::AREA_CARING_ABOUT),
    (Area::SpeakingUp, "speaking_up", "Speaking up", id::AREA_SPEAKING_UP, id::AREA_SPEAKING_UP_ABOUT),
    (Area::Learning, "learning", "Learning", id::AREA_LEARNING, id::AREA_LEARNING_ABOUT),
];

/// The nine labels as `language` says them, lower-cased: made once per
/// language, since every skill read from the journal is parsed.
fn labels_in(language: Language) -> &'static [String; 9] {
    static LABELS: [OnceLock<[String; 9]>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    LABELS[language.index()].get_or_init(|| {
        BUILT_IN.each_ref().map(|(.., label, _)| Words::from(*label).say(language).to_lowercase())
    })
}

impl Area {
    /// The nine built-in areas, in the order the app shows them.
    pub fn built_in() -> Vec<AreaInfo> {
        BUILT_IN
            .iter()
            .map(|(_, id, _, label, about)| AreaInfo {
                id: (*id).to_owned(),
                label: Words::from(*label).to_string(),
                about: Words::from(*about).to_string(),
            })
            .collect()
    }

    /// Reads an area from an id, a label or a person's own words.
    pub fn parse(text: &str) -> Result<Area> {
        let text = text.trim();
        if text.is_empty() {
            return Err(Error::invalid(id::ERROR_AREA_EMPTY));
        }
        if text.chars().count() > MAX_AREA_CHARS {
            return Err(Error::invalid(Words::from(id::ERROR_AREA_TOO_LONG).with("max", MAX_AREA_CHARS)));
        }
        // An id or English name (every stored area is one of these, or the
        // person's own words); else the label as the app's language says it.
        let found = BUILT_IN
            .iter()
            .find(|(_, id, name, ..)| text.eq_ignore_ascii_case(id) || text.eq_ignore_ascii_case(name))
            .or_else(|| {
                let lower = text.to_lowercase();
                let labels = labels_in(words::language());
                BUILT_IN.iter().zip(labels).find(|(_, label)| **label == lower).map(|(area, _)| area)
            });
        Ok(match found {
            Some((area, ..)) => area.clone(),
            None => Area::Own(text.to_owned()),
        })
    }

    /// An area as the journal stores it. Stored areas were parsed on the way
    /// in; one that no longer reads (blank, or too long) stays the person's
    /// own words rather than failing the whole read.
    pub(crate) fn stored(text: String) -> Area {
        Area::parse(&text).unwrap_or(Area::Own(text))
    }

    /// The stable id (built-in) or the person's own words.
    pub fn as_str(&self) -> &str {
        match self {
            Area::Own(name) => name,
            built_in => {
                BUILT_IN.iter().find(|(area, ..)| area == built_in).map(|(_, id, ..)| *id).unwrap_or_default()
            }
        }
    }

    /// The area as the group summary counts it: a built-in area is itself,
    /// and every area of a person's own is just "own" (free text never
    /// reaches an aggregate).
    pub fn summary_area(&self) -> SummaryArea {
        match self {
            Area::People => SummaryArea::People,
            Area::Organising => SummaryArea::Organising,
            Area::Practical => SummaryArea::Practical,
            Area::Creative => SummaryArea::Creative,
            Area::Resilience => SummaryArea::Resilience,
            Area::Money => SummaryArea::Money,
            Area::Caring => SummaryArea::Caring,
            Area::SpeakingUp => SummaryArea::SpeakingUp,
            Area::Learning => SummaryArea::Learning,
            Area::Own(_) => SummaryArea::Own,
        }
    }

    /// The name the group's server knows the area by: a built-in area's
    /// English name, or the person's own words.
    pub fn label(&self) -> &str {
        match self {
            Area::Own(name) => name,
            built_in => BUILT_IN
                .iter()
                .find(|(area, ..)| area == built_in)
                .map(|(_, _, name, ..)| *name)
                .unwrap_or_default(),
        }
    }

    /// The name shown to a person, in the app's language.
    pub fn shown_label(&self) -> String {
        match self {
            Area::Own(name) => name.clone(),
            built_in => BUILT_IN
                .iter()
                .find(|(area, ..)| area == built_in)
                .map(|(.., label, _)| Words::from(*label).to_string())
                .unwrap_or_default(),
        }
    }
}

impl Serialize for Area {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Area {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Area::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_s_labels_line_up_with_the_areas() {
        let polish = labels_in(Language::Polish);
        let money = BUILT_IN.iter().position(|(area, ..)| *area == Area::Money).unwrap();
        assert_eq!(polish[money], "pieniądze");
        assert_eq!(labels_in(Language::English)[money], "money");
    }

    #[test]
    fn ids_labels_and_own_words() {
        assert_eq!(Area::parse("speaking_up").unwrap(), Area::SpeakingUp);
        assert_eq!(Area::parse(" Speaking up ").unwrap(), Area::SpeakingUp);
        assert_eq!(Area::parse("MONEY").unwrap(), Area::Money);
        assert_eq!(Area::parse("Street wisdom").unwrap(), Area::Own("Street wisdom".into()));
        assert_eq!(Area::SpeakingUp.as_str(), "speaking_up");
        assert_eq!(Area::SpeakingUp.label(), "Speaking up");
        assert_eq!(Area::built_in().len(), 9);
    }

    #[test]
    fn the_server_counts_each_area_as_the_journal_names_it() {
        // Shares carry the area's label; the server maps it back with
        // `SummaryArea::from_name`. Both sides must agree on every area.
        for info in Area::built_in() {
            let area = Area::parse(&info.id).unwrap();
            assert_eq!(SummaryArea::from_name(area.label()), area.summary_area(), "{}", info.id);
            assert_eq!(SummaryArea::from_name(area.as_str()), area.summary_area(), "{}", info.id);
            assert_ne!(area.summary_area(), SummaryArea::Own);
        }
        assert_eq!(Area::Own("Street wisdom".into()).summary_area(), SummaryArea::Own);
        assert_eq!(SummaryArea::ALL.len(), Area::built_in().len() + 1, "nine areas and \"own\"");
    }

    #[test]
    fn empty_and_long_areas_are_refused() {
        assert!(Area::parse("   ").is_err());
        assert!(Area::parse(&"a".repeat(41)).is_err());
    }

    #[test]
    fn a_stored_area_always_reads_and_an_unreadable_one_stays_as_written() {
        assert_eq!(Area::stored("speaking_up".into()), Area::SpeakingUp);
        assert_eq!(Area::stored("Money".into()), Area::Money);
        assert_eq!(Area::stored("Street wisdom".into()), Area::Own("Street wisdom".into()));
        let long = "a".repeat(41);
        assert_eq!(Area::stored(long.clone()), Area::Own(long));
        assert_eq!(Area::stored(String::new()), Area::Own(String::new()));
    }
}
