//! The bundled prompt library: skill ideas with reframing questions, and the
//! step-back reflection. The words live in `data/prompts.toml`, reviewed like
//! code; this module only loads them, once.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::area::Area;

/// A skill idea from the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkillPrompt {
    /// Stable id, kept in skills added from it.
    pub id: String,
    pub name: String,
    pub area: Area,
    /// One plain sentence on what the skill is.
    pub description: String,
    /// A question that helps someone see this skill in what they already do.
    pub question: String,
    /// "Words for a job form": the skill as one plain, positive sentence for
    /// an application ("I stay calm under pressure."), when the idea has one.
    // `job_words` in data/prompts.toml, like its other keys.
    #[serde(default, alias = "job_words")]
    pub job_words: Option<String>,
}

/// One step of the step-back reflection, asked in the third person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepBackPrompt {
    pub id: String,
    pub prompt: String,
    pub hint: String,
}

#[derive(Deserialize)]
struct Library {
    skill: Vec<SkillPrompt>,
    step_back: Vec<StepBackPrompt>,
}

static LIBRARY: LazyLock<Library> = LazyLock::new(|| {
    // The file is compiled in and checked by the tests below, so a parse
    // failure here can only be a bad edit caught before release.
    #[allow(clippy::expect_used)]
    toml::from_str(include_str!("../data/prompts.toml")).expect("data/prompts.toml is valid")
});

/// Every skill idea in the library, in the file's order.
pub fn skill_prompts() -> &'static [SkillPrompt] {
    &LIBRARY.skill
}

/// The step-back reflection, in the order it is asked.
pub fn step_back_prompts() -> &'static [StepBackPrompt] {
    &LIBRARY.step_back
}

pub(crate) fn skill_prompt(id: &str) -> Option<&'static SkillPrompt> {
    skill_prompts().iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn the_library_has_at_least_60_skills_and_5_in_every_area() {
        let prompts = skill_prompts();
        assert!(prompts.len() >= 60, "only {} skill ideas", prompts.len());
        for area in Area::built_in() {
            let n = prompts.iter().filter(|p| p.area.as_str() == area.id).count();
            assert!(n >= 5, "area {} has only {n} skill ideas", area.id);
        }
        assert!(
            prompts.iter().all(|p| !matches!(p.area, Area::Own(_))),
            "every idea sits in one of the nine areas"
        );
    }

    #[test]
    fn no_two_skill_ideas_share_a_name_or_id() {
        let mut names = HashSet::new();
        let mut ids = HashSet::new();
        for p in skill_prompts() {
            assert!(names.insert(p.name.to_lowercase()), "two ideas are called {}", p.name);
            assert!(ids.insert(p.id.as_str()), "two ideas have the id {}", p.id);
        }
    }

    #[test]
    fn every_idea_fits_the_rules_for_a_skill() {
        for p in skill_prompts() {
            assert!(crate::validate::name(&p.name, crate::validate::SKILL_NAME).is_ok(), "{}", p.id);
            assert!(!p.description.trim().is_empty() && p.question.trim().ends_with('?'), "{}", p.id);
        }
    }

    #[test]
    fn words_for_a_job_form_are_short_first_person_sentences() {
        let with: Vec<_> =
            skill_prompts().iter().filter_map(|p| Some((p, p.job_words.as_deref()?))).collect();
        assert!(with.len() >= 10, "only {} ideas carry words for a job form", with.len());
        for (p, words) in with {
            assert!(words.starts_with("I ") && words.ends_with('.'), "{}: {words}", p.id);
            assert!(words.chars().count() <= 140, "{}", p.id);
        }
    }

    #[test]
    fn the_library_reaches_where_the_seed_points() {
        // Issue 16: empathy and not judging, fairness and standing up for
        // others, being active, and the co-production skills.
        for id in [
            "seeing_their_side",
            "not_judging",
            "fairness",
            "defending_others",
            "being_active",
            "speaking_for_a_group",
            "sitting_on_a_panel",
            "shaping_a_service",
        ] {
            assert!(skill_prompt(id).is_some_and(|p| p.job_words.is_some()), "{id}");
        }
    }

    #[test]
    fn the_step_back_has_a_few_steps() {
        let steps = step_back_prompts();
        assert!((3..=8).contains(&steps.len()));
        assert!(steps.iter().all(|s| !s.prompt.is_empty() && !s.hint.is_empty()));
    }
}
