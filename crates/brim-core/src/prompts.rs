//! The bundled prompt library: skill ideas with reframing questions, and the
//! step-back reflection. Which ideas there are, their areas and their order
//! live in `data/prompts.toml`; their words live in the catalogues
//! (`locales/<language>/core/prompts.ftl`). This module puts the two
//! together, once per language.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::area::Area;
use crate::preferences::Language;
use crate::words::{self, say_part};

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
    #[serde(default)]
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

/// An entry of `data/prompts.toml`: what it is, not what it says.
#[derive(Deserialize)]
struct Entry {
    id: String,
    #[serde(default)]
    area: Option<Area>,
}

#[derive(Deserialize)]
struct Plan {
    skill: Vec<Entry>,
    step_back: Vec<Entry>,
}

struct Library {
    skill: Vec<SkillPrompt>,
    step_back: Vec<StepBackPrompt>,
}

/// The catalogue id of an entry: `skill-idea-reading-a-room`.
fn message_id(prefix: &str, id: &str) -> String {
    format!("{prefix}{}", id.replace('_', "-"))
}

/// An entry's words in one language, falling back to English where the
/// language lacks them.
struct Said {
    language: Language,
    /// The entry's catalogue id, like `skill-idea-reading-a-room`.
    id: String,
}

impl Said {
    fn of(language: Language, prefix: &str, entry: &Entry) -> Self {
        Self { language, id: message_id(prefix, &entry.id) }
    }

    /// The attribute's words (`None`: the entry's own line), if any language has them.
    fn maybe(&self, attribute: Option<&str>) -> Option<String> {
        say_part(self.language, &self.id, attribute)
            .or_else(|| say_part(Language::English, &self.id, attribute))
    }

    /// The attribute's words, or nothing (the catalogue tests below keep them all there).
    fn text(&self, attribute: Option<&str>) -> String {
        self.maybe(attribute).unwrap_or_default()
    }
}

/// Each entry of a list, made with its words in `language`.
fn each<T>(entries: &[Entry], language: Language, prefix: &str, make: impl Fn(&Entry, Said) -> T) -> Vec<T> {
    entries.iter().map(|e| make(e, Said::of(language, prefix, e))).collect()
}

fn library(language: Language) -> &'static Library {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    static LIBRARIES: [OnceLock<Library>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    // The file is compiled in and checked by the tests below, so a parse
    // failure here can only be a bad edit caught before release.
    #[allow(clippy::expect_used)]
    let plan = PLAN.get_or_init(|| {
        toml::from_str(include_str!("../data/prompts.toml")).expect("data/prompts.toml is valid")
    });
    LIBRARIES[language.index()].get_or_init(|| Library {
        skill: each(&plan.skill, language, "skill-idea-", |e, said| SkillPrompt {
            id: e.id.clone(),
            name: said.text(None),
            area: e.area.clone().unwrap_or(Area::Own(String::new())),
            description: said.text(Some("about")),
            question: said.text(Some("question")),
            job_words: said.maybe(Some("job-words")),
        }),
        step_back: each(&plan.step_back, language, "step-back-step-", |e, said| StepBackPrompt {
            id: e.id.clone(),
            prompt: said.text(None),
            hint: said.text(Some("hint")),
        }),
    })
}

/// Every skill idea in the library, in the file's order, in the app's language.
pub fn skill_prompts() -> &'static [SkillPrompt] {
    &library(words::language()).skill
}

/// The step-back reflection, in the order it is asked, in the app's language.
pub fn step_back_prompts() -> &'static [StepBackPrompt] {
    &library(words::language()).step_back
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
        let prompts = &library(Language::English).skill;
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
        for p in &library(Language::English).skill {
            assert!(names.insert(p.name.to_lowercase()), "two ideas are called {}", p.name);
            assert!(ids.insert(p.id.as_str()), "two ideas have the id {}", p.id);
        }
    }

    #[test]
    fn every_idea_fits_the_rules_for_a_skill() {
        for p in &library(Language::English).skill {
            assert!(crate::validate::name(&p.name, crate::id::ERROR_SKILL_NAME_EMPTY).is_ok(), "{}", p.id);
            assert!(!p.description.trim().is_empty() && p.question.trim().ends_with('?'), "{}", p.id);
        }
    }

    #[test]
    fn words_for_a_job_form_are_short_first_person_sentences() {
        let with: Vec<_> = library(Language::English)
            .skill
            .iter()
            .filter_map(|p| Some((p, p.job_words.as_deref()?)))
            .collect();
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
            let idea = library(Language::English).skill.iter().find(|p| p.id == id);
            assert!(idea.is_some_and(|p| p.job_words.is_some()), "{id}");
        }
    }

    #[test]
    fn every_language_has_the_words_of_every_idea_and_step() {
        let english = library(Language::English);
        for language in Language::ALL {
            let plan_ids = english.skill.iter().map(|p| message_id("skill-idea-", &p.id));
            for (p, id) in english.skill.iter().zip(plan_ids) {
                for attribute in [None, Some("about"), Some("question")] {
                    assert!(
                        say_part(language, &id, attribute).is_some(),
                        "{}: {id} {attribute:?}",
                        language.code()
                    );
                }
                assert_eq!(
                    say_part(language, &id, Some("job-words")).is_some(),
                    p.job_words.is_some(),
                    "{}: {id} has words for a job form in one language and not another",
                    language.code()
                );
            }
            for step in &english.step_back {
                let id = message_id("step-back-step-", &step.id);
                assert!(say_part(language, &id, None).is_some(), "{}: {id}", language.code());
                assert!(say_part(language, &id, Some("hint")).is_some(), "{}: {id} hint", language.code());
            }
        }
    }

    #[test]
    fn ideas_come_in_the_app_s_language_with_the_same_ids_and_areas() {
        let (english, polish) = (library(Language::English), library(Language::Polish));
        assert_eq!(english.skill.len(), polish.skill.len());
        for (e, p) in english.skill.iter().zip(&polish.skill) {
            assert_eq!((&e.id, &e.area), (&p.id, &p.area));
        }
        assert_eq!(english.skill[0].name, "Listening");
        assert_ne!(polish.skill[0].name, "Listening", "Polish has its own words");
    }

    #[test]
    fn the_step_back_has_a_few_steps() {
        let steps = &library(Language::English).step_back;
        assert!((3..=8).contains(&steps.len()));
        assert!(steps.iter().all(|s| !s.prompt.is_empty() && !s.hint.is_empty()));
    }
}
