//! The input rules, in one place, with messages that say what to do next.
//! Messages never echo what the person wrote.

use chrono::{Days, Local, NaiveDate};

use crate::error::{Error, Result};
use crate::words::{MessageId, Words, id};

/// The longest skill name, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest story behind a skill, in characters.
pub const MAX_STORY_CHARS: usize = 5_000;
/// The longest moment, in characters.
pub const MAX_MOMENT_CHARS: usize = 20_000;
/// The longest note on a check-in or rating, or a recognition, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;

/// A trimmed, non-empty name of at most [`MAX_NAME_CHARS`]. `if_empty` is
/// the whole sentence said when it is empty (a sentence put together from a
/// noun read wrong for some nouns: "Give the person who noticed a name.").
pub(crate) fn name(text: &str, if_empty: MessageId) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(if_empty));
    }
    if text.chars().count() > MAX_NAME_CHARS {
        return Err(Error::invalid(Words::from(id::ERROR_NAME_TOO_LONG).with("max", MAX_NAME_CHARS)));
    }
    Ok(text.to_owned())
}

/// Trimmed text that may be empty, at most `max` characters.
pub(crate) fn optional_text(text: &str, max: usize, if_long: MessageId) -> Result<String> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(Error::invalid(Words::from(if_long).with("max", max)));
    }
    Ok(text.to_owned())
}

/// Trimmed text that must say something, at most `max` characters: `what`
/// names it when it is too long ("The moment is longer…"), and `if_empty` is
/// the whole sentence said when it is empty.
pub(crate) fn required_text(
    text: &str,
    max: usize,
    if_long: MessageId,
    if_empty: MessageId,
) -> Result<String> {
    let text = optional_text(text, max, if_long)?;
    if text.is_empty() {
        return Err(Error::invalid(if_empty));
    }
    Ok(text)
}

/// A date no later than tomorrow (a day's grace for time zones and midnight).
pub(crate) fn date(date: NaiveDate) -> Result<NaiveDate> {
    let latest = Local::now().date_naive() + Days::new(1);
    if date > latest {
        return Err(Error::DateInFuture);
    }
    Ok(date)
}

/// A rating from 1 to 5.
pub(crate) fn rating(value: u8) -> Result<u8> {
    if (1..=5).contains(&value) { Ok(value) } else { Err(Error::invalid(id::ERROR_RATING_RANGE)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("  Listening ", id::ERROR_SKILL_NAME_EMPTY).unwrap(), "Listening");
        let empty = name(" \t\n", id::ERROR_SKILL_NAME_EMPTY).unwrap_err();
        assert_eq!(empty.code(), crate::ErrorCode::InvalidInput);
        assert_eq!(empty.to_string(), "Give the skill a name.");
        assert!(
            name(&"é".repeat(80), id::ERROR_SKILL_NAME_EMPTY).is_ok(),
            "80 letters, whatever their bytes"
        );
        assert!(name(&"é".repeat(81), id::ERROR_SKILL_NAME_EMPTY).is_err());
    }

    #[test]
    fn tomorrow_is_allowed_the_day_after_is_not() {
        let today = Local::now().date_naive();
        assert!(date(today + Days::new(1)).is_ok());
        assert!(matches!(date(today + Days::new(2)), Err(Error::DateInFuture)));
    }

    #[test]
    fn ratings_are_one_to_five() {
        assert!(rating(0).is_err());
        assert!(rating(6).is_err());
        assert_eq!(rating(5).unwrap(), 5);
    }
}
