//! Growth, always worked out from the check-ins and moments, never stored a
//! second time: a rating series per skill, area averages per check-in, the
//! change since the first and the previous rating, evidence per quarter.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::area::Area;
use crate::error::Result;
use crate::{Journal, uuid_at};

/// A check-in on the growth time line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckInPoint {
    pub id: Uuid,
    pub date: NaiveDate,
}

/// One rating of one skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RatingPoint {
    pub check_in_id: Uuid,
    pub date: NaiveDate,
    pub rating: u8,
}

/// How one skill's ratings moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkillGrowth {
    pub skill_id: Uuid,
    pub name: String,
    pub area: Area,
    pub archived: bool,
    /// Every rating, oldest first.
    pub points: Vec<RatingPoint>,
    pub first: Option<u8>,
    /// The rating before the latest one.
    pub previous: Option<u8>,
    pub latest: Option<u8>,
    /// Latest minus first (needs two ratings).
    pub change_since_first: Option<i8>,
    /// Latest minus previous (needs two ratings).
    pub change_since_previous: Option<i8>,
}

/// An area's average rating at one check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AreaPoint {
    pub check_in_id: Uuid,
    pub date: NaiveDate,
    pub average: f64,
    /// How many skills the average is over.
    pub rated: u32,
}

/// One area across check-ins.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AreaGrowth {
    pub area: Area,
    pub label: String,
    pub points: Vec<AreaPoint>,
}

/// Moments for one skill in one calendar quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarterCount {
    /// Like "2026-Q4".
    pub quarter: String,
    pub count: u32,
}

/// Evidence for one skill over time (quarters with none are left out).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkillEvidence {
    pub skill_id: Uuid,
    pub quarters: Vec<QuarterCount>,
}

/// Everything the growth screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Growth {
    /// Every check-in, oldest first.
    pub check_ins: Vec<CheckInPoint>,
    /// Every skill that is active or was ever rated, in name order.
    pub skills: Vec<SkillGrowth>,
    /// Areas with at least one rating, in area order.
    pub areas: Vec<AreaGrowth>,
    pub evidence: Vec<SkillEvidence>,
}

/// (sum of ratings, how many) for one area at one check-in.
type RatingSum = (u32, u32);

fn change(from: Option<u8>, to: Option<u8>) -> Option<i8> {
    Some(to? as i8 - from? as i8)
}

impl Journal {
    /// Works out growth from every check-in and moment.
    pub fn growth(&self) -> Result<Growth> {
        self.read(|tx| {
            let check_ins = tx.all("SELECT id, date FROM check_in ORDER BY date, id", [], |r| {
                Ok(CheckInPoint { id: uuid_at(r, 0)?, date: r.get(1)? })
            })?;

            let mut skills: Vec<SkillGrowth> = tx.all(
                "SELECT id, name, area, archived FROM skill s
                 WHERE archived = 0 OR EXISTS (SELECT 1 FROM rating r WHERE r.skill_id = s.id)
                 ORDER BY name COLLATE NOCASE, id",
                [],
                |r| {
                    Ok(SkillGrowth {
                        skill_id: uuid_at(r, 0)?,
                        name: r.get(1)?,
                        area: Area::stored(r.get(2)?),
                        archived: r.get(3)?,
                        points: Vec::new(),
                        first: None,
                        previous: None,
                        latest: None,
                        change_since_first: None,
                        change_since_previous: None,
                    })
                },
            )?;
            let index: BTreeMap<Uuid, usize> =
                skills.iter().enumerate().map(|(i, s)| (s.skill_id, i)).collect();

            let mut ratings = tx.prepare(
                "SELECT r.skill_id, c.id, c.date, r.rating FROM rating r JOIN check_in c ON c.id = r.check_in_id
                 ORDER BY c.date, c.id",
            )?;
            let mut rows = ratings.query([])?;
            while let Some(row) = rows.next()? {
                if let Some(&i) = index.get(&uuid_at(row, 0)?) {
                    skills[i].points.push(RatingPoint { check_in_id: uuid_at(row, 1)?, date: row.get(2)?, rating: row.get(3)? });
                }
            }

            // Area averages: per area, per check-in, over the skills rated there.
            let mut sums: BTreeMap<Area, BTreeMap<(NaiveDate, Uuid), RatingSum>> = BTreeMap::new();
            for skill in &mut skills {
                let n = skill.points.len();
                skill.first = skill.points.first().map(|p| p.rating);
                skill.latest = skill.points.last().map(|p| p.rating);
                skill.previous = n.checked_sub(2).map(|i| skill.points[i].rating);
                if n >= 2 {
                    skill.change_since_first = change(skill.first, skill.latest);
                    skill.change_since_previous = change(skill.previous, skill.latest);
                }
                for p in &skill.points {
                    let entry = sums.entry(skill.area.clone()).or_default().entry((p.date, p.check_in_id)).or_default();
                    entry.0 += u32::from(p.rating);
                    entry.1 += 1;
                }
            }
            let areas = sums
                .into_iter()
                .map(|(area, per_check_in)| AreaGrowth {
                    label: area.shown_label(),
                    area,
                    points: per_check_in
                        .into_iter()
                        .map(|((date, check_in_id), (sum, rated))| AreaPoint {
                            check_in_id,
                            date,
                            average: f64::from(sum) / f64::from(rated),
                            rated,
                        })
                        .collect(),
                })
                .collect();

            // Read from the evidence counts (migrations 0002, 0008): a few
            // hundred rows however many moments the journal holds.
            let mut evidence: BTreeMap<Uuid, Vec<QuarterCount>> = BTreeMap::new();
            let mut counts = tx.prepare_cached(
                "SELECT s.id, e.quarter, e.moments FROM evidence e JOIN skill s ON s.seq = e.skill_seq
                 ORDER BY s.id, e.quarter",
            )?;
            let mut rows = counts.query([])?;
            while let Some(row) = rows.next()? {
                evidence
                    .entry(uuid_at(row, 0)?)
                    .or_default()
                    .push(QuarterCount { quarter: row.get(1)?, count: row.get(2)? });
            }
            let evidence = skills
                .iter()
                .map(|s| SkillEvidence {
                    skill_id: s.skill_id,
                    quarters: evidence.remove(&s.skill_id).unwrap_or_default(),
                })
                .collect();

            Ok(Growth { check_ins, skills, areas, evidence })
        })
    }
}
