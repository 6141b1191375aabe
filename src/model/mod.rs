//! The validated model: what a draft governance structure says, with every reference resolved
//! to an index and every element keeping its span and its `source` citation.
//!
//! **Invariant**: a [`Model`] only exists when validation found no error, so every index in it
//! points at an element of the right kind, every rule can be met by some coalition, and every
//! plan has a review procedure. Later stages never re-check this.

pub mod graph;

use crate::language::diagnostic::Said;
pub use crate::language::keywords::{
    BodyKind, DecisionKind, DocumentKind, Method, Nature, PartyKind, RegionRole, RelationKind,
    RightKind, Side, StepKind, Stream, TextStatus,
};
use crate::language::source::{SourceFile, Span};

pub type PartyId = usize;
pub type BodyId = usize;
pub type AgreementId = usize;
pub type RegionId = usize;
pub type PlanId = usize;
pub type DecisionId = usize;

/// The whole model of one file.
#[derive(Clone, Debug)]
pub struct Model {
    pub file: SourceFile,
    pub title: String,
    /// The `source` of the `[model]` table (the documents this model reads) and the readings
    /// of its fields.
    pub cited: Cited,
    /// How far the structure has come; verdicts on one that is not ratified are provisional.
    pub status: TextStatus,
    /// The document that ratifies it, when it is ratified.
    pub ratified_by: Option<DocumentId>,
    /// The documents the model cites, in the order it declares them.
    pub documents: Vec<Document>,
    /// Every reading of the modeller's, in the order of the file.
    pub readings: Vec<Reading>,
    /// The parties whose equal commissioning is checked, in the order the model lists them.
    pub commissioners: Vec<PartyId>,
    /// The solver's resource limit per obligation that the model asks for, if any.
    pub rlimit: Option<u32>,
    pub parties: Vec<Party>,
    pub bodies: Vec<Body>,
    pub agreements: Vec<Agreement>,
    pub relations: Vec<Relation>,
    pub rights: Vec<Right>,
    pub regions: Vec<Region>,
    pub plans: Vec<Plan>,
    pub decisions: Vec<Decision>,
    pub tasks: Vec<Task>,
    pub cuts: Vec<Cut>,
    /// The steps of the process that leads to the agreement, in the order the model lists them.
    pub process: Vec<ProcessStep>,
    /// The first and last year the money rules check, when the model sets them.
    pub years: Option<(i32, i32)>,
    /// The ids of the rules that apply, when the model names them; else every rule.
    pub rules: Option<Vec<String>>,
    /// Each party's index by its id.
    pub party_index: std::collections::HashMap<String, PartyId>,
}

/// Where an element comes from: its citations, the modeller's readings of it, and its place
/// in the model file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    /// The citations in words, as a report shows them: each document by its title, with the
    /// place in it and the quote.
    pub source: String,
    pub span: Span,
    pub citations: Vec<Citation>,
    /// The modeller's readings of the element, by index into [`Model::readings`].
    pub readings: Vec<ReadingId>,
}

pub type DocumentId = usize;
pub type ReadingId = usize;

/// A document the model cites.
#[derive(Clone, Debug)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub author: String,
    /// A year, a month or a day: `2024`, `2024-11`, `2024-11-29`.
    pub date: String,
    pub kind: DocumentKind,
    pub identifier: Option<String>,
    pub url: Option<String>,
    /// The path of its text as the model gives it, when the model gives one.
    pub text: Option<String>,
    pub span: Span,
}

/// One citation of an element: a place in a declared document, or words that name none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub document: Option<DocumentId>,
    pub page: Option<u32>,
    pub at: Option<String>,
    pub quote: Option<String>,
    /// The citation in words (what [`Cited::source`] joins).
    pub words: String,
    pub verified: Verification,
    pub span: Span,
}

/// Whether a citation's quote was found in its document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verification {
    /// Found, on the page cited when the text marks pages.
    Verified,
    /// The document's text is not available (it may not be redistributed, or the model gives
    /// none): the quote could not be checked.
    NoText,
    /// The citation quotes nothing: there is nothing to check.
    NoQuote,
    /// The citation is words that name no declared document.
    NoDocument,
}

impl schemars::JsonSchema for Verification {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Verification".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "enum": ["verified", "no-text", "no-quote", "no-document"],
            "description": "Whether a citation's quote was found in its document's text."
        })
    }
}

impl serde::Serialize for Verification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Verification {
    pub fn as_str(self) -> &'static str {
        match self {
            Verification::Verified => "verified",
            Verification::NoText => "no-text",
            Verification::NoQuote => "no-quote",
            Verification::NoDocument => "no-document",
        }
    }
}

/// A reading of the modeller's: what the model says where the text is silent or ambiguous.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The element it is about, in words: "cut `ravijnjaar-2026`".
    pub element: Said,
    /// The element's span: what a verdict that cites the element rests on.
    pub element_span: Span,
    /// The field it is about, and the span of that field's value; the whole element when
    /// `None`.
    pub field: Option<(String, Span)>,
    pub says: String,
    pub otherwise: Option<String>,
    /// The span of the field's value under the other reading.
    pub alternative: Option<Span>,
    /// Whether taking the reading back leaves the whole element out (no alternative, and the
    /// reading is about the element or a field it needs).
    pub whole: bool,
    /// Where the reading is written.
    pub span: Span,
    /// The value of the element's `reading` field (which may hold several readings).
    pub written: Span,
    /// The values of the fields that go with the reading's field, taken back with it.
    pub with: Vec<Span>,
}

#[derive(Clone, Debug)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub kind: PartyKind,
    pub side: Side,
    pub cited: Cited,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub id: String,
    pub name: String,
    pub kind: BodyKind,
    pub members: Vec<Member>,
    pub chair: Option<PartyId>,
    pub cited: Cited,
}

impl Body {
    pub fn total_votes(&self) -> u64 {
        self.members.iter().map(|m| u64::from(m.votes)).sum()
    }
}

#[derive(Clone, Debug)]
pub struct Member {
    pub party: PartyId,
    pub votes: u32,
}

#[derive(Clone, Debug)]
pub struct Agreement {
    pub id: String,
    pub name: String,
    pub commissioners: Vec<Commissioner>,
    /// How the agreement is formed (`method`), cited by its own `method_source`.
    pub method: Option<(Method, Cited)>,
    pub cited: Cited,
}

/// A commissioning party (opdrachtgever) of an agreement, in a role the model names.
#[derive(Clone, Debug)]
pub struct Commissioner {
    pub party: PartyId,
    pub role: String,
    pub cited: Cited,
}

/// Anything a relation can connect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Element {
    Party(PartyId),
    Body(BodyId),
    Agreement(AgreementId),
    Region(RegionId),
    Plan(PlanId),
}

#[derive(Clone, Debug)]
pub struct Relation {
    pub kind: RelationKind,
    pub from: Element,
    pub to: Element,
    /// Set exactly for `funds` relations.
    pub funding: Option<Funding>,
    /// `lead = true` on a `directs` relation: its party holds the lead (regie) alone.
    pub lead: bool,
    pub cited: Cited,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Funding {
    /// Whole euros, per year.
    pub amount: i64,
    /// The first year (the only one, for one-off money).
    pub year: i32,
    /// The last year of structural money, if it ends; structural money runs on otherwise.
    pub until: Option<i32>,
    pub nature: Nature,
    pub stream: Stream,
}

impl Funding {
    /// Whether the money is there in `year`: one-off money in its year, structural money
    /// from its year until its last (or on).
    pub fn in_year(&self, year: i32) -> bool {
        match self.nature {
            Nature::OneOff => year == self.year,
            Nature::Structural => runs_in(self.year, self.until, year),
        }
    }
}

/// A structural task of a party under the agreement: what it costs a year, from a year on.
#[derive(Clone, Debug)]
pub struct Task {
    pub id: String,
    pub name: String,
    pub of: PartyId,
    /// Whole euros per year.
    pub cost: i64,
    pub from: i32,
    pub until: Option<i32>,
    pub cited: Cited,
}

/// A cut on a party's funds: per year, `amount`, or any amount up to `up_to` where a text
/// gives a range ("2,5 à 3 miljard").
#[derive(Clone, Debug)]
pub struct Cut {
    pub id: String,
    pub name: String,
    pub on: PartyId,
    pub amount: i64,
    pub up_to: Option<i64>,
    pub from: i32,
    pub until: Option<i32>,
    pub cited: Cited,
}

/// A step of the process that leads to the agreement: what it is, who takes it, the steps that
/// must be done before it starts, and the dates it must keep, as day numbers (see [`day_number`]).
#[derive(Clone, Debug)]
pub struct ProcessStep {
    pub id: String,
    pub name: String,
    pub kind: StepKind,
    pub by: Option<PartyId>,
    /// The steps done before this one starts, by index into [`Model::process`].
    pub after: Vec<usize>,
    pub earliest: Option<i64>,
    pub deadline: Option<i64>,
    /// How many days the step takes.
    pub days: i64,
    pub cited: Cited,
}

/// The number of the day `year-month-day` of the Gregorian calendar, counted from 1970-01-01;
/// `None` for a date that does not exist (2025-02-30).
pub fn day_number(year: i64, month: u32, day: u32) -> Option<i64> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let length = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if day == 0 || day > length {
        return None;
    }
    // Days from civil (H. Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The ISO date (`2024-11-29`) of a day number of [`day_number`].
pub fn date_of(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Whether `year` lies in `from..=until` (or from `from` on).
pub fn runs_in(from: i32, until: Option<i32>, year: i32) -> bool {
    year >= from && until.is_none_or(|last| year <= last)
}

#[derive(Clone, Debug)]
pub struct Right {
    pub holder: PartyId,
    pub kind: RightKind,
    pub over: RightTarget,
    /// Marked as part of the ministry's system responsibility (systeemverantwoordelijkheid).
    pub system_responsibility: bool,
    pub cited: Cited,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RightTarget {
    Agreement(AgreementId),
    Decision(DecisionId),
}

#[derive(Clone, Debug)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub market_leaders: Vec<PartyId>,
    pub insurers: Vec<PartyId>,
    pub municipalities: Vec<PartyId>,
    pub mandate_municipality: Option<PartyId>,
    pub review_body: Option<BodyId>,
    pub cited: Cited,
    /// Where the region names each party in each of its roles.
    pub listed: Vec<(RegionRole, PartyId, Span)>,
}

impl Region {
    /// The parties that fill a role in this region.
    pub fn role(&self, role: RegionRole) -> Vec<PartyId> {
        match role {
            RegionRole::MarketLeaders => self.market_leaders.clone(),
            RegionRole::Insurers => self.insurers.clone(),
            RegionRole::Municipalities => self.municipalities.clone(),
            RegionRole::MandateMunicipality => self.mandate_municipality.into_iter().collect(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub id: String,
    pub name: String,
    pub region: Option<RegionId>,
    pub funded_by: Stream,
    pub cited: Cited,
}

/// What a decision is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    Agreement(AgreementId),
    Process(AgreementId),
    /// Reviewing plans; `funded_by` on the decision says which plans.
    Plans,
}

#[derive(Clone, Debug)]
pub struct Decision {
    pub id: String,
    pub name: String,
    pub about: About,
    pub kind: DecisionKind,
    /// For plan decisions: the money streams whose plans this decision reviews; `None` means
    /// every plan, whatever pays for it.
    pub funded_by: Option<Vec<Stream>>,
    pub taken_by: Option<BodyId>,
    /// `binding = true`: the decision binds its parties (niet-vrijblijvend).
    pub binding: bool,
    /// The steps a decision passes through, in order; it is taken when every step passes.
    pub steps: Vec<Step>,
    pub cited: Cited,
}

impl Decision {
    /// Whether this decision reviews plans paid from `stream`.
    pub fn reviews_stream(&self, stream: Stream) -> bool {
        self.about == About::Plans
            && self
                .funded_by
                .as_ref()
                .is_none_or(|streams| streams.contains(&stream))
    }

    /// Whether this decision is over the agreement itself or its process, the decisions that
    /// no commissioner may be left out of.
    pub fn is_over_agreement(&self) -> bool {
        matches!(self.about, About::Agreement(_) | About::Process(_))
    }
}

#[derive(Clone, Debug)]
pub struct Step {
    pub name: String,
    pub rule: Rule,
    pub cited: Cited,
    /// The decision's own `rule`, rather than one of its `[[decision.step]]`s.
    pub implicit: bool,
    /// Where the rule names each of its voters, so that a proof can point at the name.
    pub voter_spans: Vec<(Voter, Span)>,
}

impl Step {
    /// How reports name this step of `decision`.
    pub fn label(&self, decision: &Decision, lang: crate::lang::Lang) -> String {
        let (step, id) = (&self.name, &decision.id);
        match (self.implicit, lang) {
            (true, crate::lang::Lang::En) => format!("the rule of decision `{id}`"),
            (true, crate::lang::Lang::Nl) => format!("de regel van besluit `{id}`"),
            (false, crate::lang::Lang::En) => format!("step `{step}` of decision `{id}`"),
            (false, crate::lang::Lang::Nl) => format!("stap `{step}` van besluit `{id}`"),
        }
    }
}

/// A decision rule: when a step passes, as a function of who consents.
///
/// Semantics (the plain evaluator in [`crate::logic::vote`] is the reference): every voter either
/// consents or not; for `MajorityOfPresent` a voter is also present or absent, and a voter who
/// consents is present. A veto holder who does not consent is taken to use the veto.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Every voter consents.
    AllOf(Vec<Voter>),
    /// At least `count` of the voters consent.
    AtLeast { count: u32, of: Vec<Voter> },
    /// The votes of the consenting members of `body` add up to at least `threshold`.
    Weighted { body: BodyId, threshold: u64 },
    /// Members of `body` holding at least `quorum` votes are present, and more than half of
    /// the votes present consent.
    MajorityOfPresent { body: BodyId, quorum: u64 },
    /// `rule` passes and every veto holder consents.
    Veto {
        holders: Vec<Voter>,
        rule: Box<Rule>,
    },
    /// Every one of the rules passes.
    AllRules(Vec<Rule>),
    /// At least one of the rules passes.
    AnyRule(Vec<Rule>),
}

/// Who casts a vote in a rule: a party, or a role filled by the parties of a plan's region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Voter {
    Party(PartyId),
    Role(RegionRole),
}

impl Model {
    pub fn party_id(&self, id: &str) -> Option<PartyId> {
        self.party_index.get(id).copied()
    }

    /// The plan decisions that review a plan, in model order.
    pub fn reviews_of(&self, plan: &Plan) -> impl Iterator<Item = (DecisionId, &Decision)> {
        self.decisions
            .iter()
            .enumerate()
            .filter(move |(_, d)| d.reviews_stream(plan.funded_by))
    }

    /// Where an element is, as `path:line:column`.
    /// A rule as the model language writes it.
    pub fn rule_text(&self, rule: &Rule) -> String {
        let model = self;
        let voters = |vs: &[Voter]| {
            vs.iter()
                .map(|v| match v {
                    Voter::Party(p) => format!("\"{}\"", model.parties[*p].id),
                    Voter::Role(r) => format!("\"{r}\""),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        match rule {
            Rule::AllOf(vs) => format!("{{ all_of = [{}] }}", voters(vs)),
            Rule::AtLeast { count, of } => {
                format!("{{ at_least = {count}, of = [{}] }}", voters(of))
            }
            Rule::Weighted { body, threshold } => {
                format!(
                    "{{ weighted = \"{}\", threshold = {threshold} }}",
                    model.bodies[*body].id
                )
            }
            Rule::MajorityOfPresent { body, quorum } => {
                format!(
                    "{{ majority_of_present = \"{}\", quorum = {quorum} }}",
                    model.bodies[*body].id
                )
            }
            Rule::Veto { holders, rule } => {
                format!(
                    "{{ veto = [{}], rule = {} }}",
                    voters(holders),
                    model.rule_text(rule)
                )
            }
            Rule::AllRules(rules) | Rule::AnyRule(rules) => {
                let key = if matches!(rule, Rule::AllRules(_)) {
                    "all_rules"
                } else {
                    "any_rule"
                };
                let inner: Vec<String> = rules.iter().map(|r| model.rule_text(r)).collect();
                format!("{{ {key} = [{}] }}", inner.join(", "))
            }
        }
    }

    pub fn location(&self, span: Span) -> String {
        self.file.location(span)
    }

    /// The display name of an element of a relation.
    pub fn element_id(&self, element: Element) -> &str {
        match element {
            Element::Party(i) => &self.parties[i].id,
            Element::Body(i) => &self.bodies[i].id,
            Element::Agreement(i) => &self.agreements[i].id,
            Element::Region(i) => &self.regions[i].id,
            Element::Plan(i) => &self.plans[i].id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_reject_dates_that_do_not_exist() {
        assert_eq!(day_number(1970, 1, 1), Some(0));
        assert_eq!(day_number(2024, 11, 29), Some(20_056));
        assert_eq!(day_number(2025, 2, 30), None);
        assert_eq!(day_number(2023, 2, 29), None);
        assert!(day_number(2024, 2, 29).is_some());
        assert_eq!(day_number(2024, 13, 1), None);
        for day in [-1000, 0, 20_056, 60_000] {
            let date = date_of(day);
            let parts: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
            let (m, d) = (
                u32::try_from(parts[1]).unwrap(),
                u32::try_from(parts[2]).unwrap(),
            );
            assert_eq!(day_number(parts[0], m, d), Some(day), "{date}");
        }
    }
}
