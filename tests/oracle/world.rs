//! The oracle's own plain data model of a small draft: parties with their kinds and sides,
//! bodies, agreements and their commissioners, relations, rights, regions with their roles,
//! plans, decisions with their steps and rules in every form the model language has, tasks,
//! funding, cuts and the steps of the process with their dates. Everything is indices into
//! the world's lists; nothing here comes from toets.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    State,
    Insurer,
    Municipal,
    Provider,
    Other,
}

impl Side {
    pub const ALL: [Side; 5] = [
        Side::State,
        Side::Insurer,
        Side::Municipal,
        Side::Provider,
        Side::Other,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Side::State => "state",
            Side::Insurer => "insurer",
            Side::Municipal => "municipal",
            Side::Provider => "provider",
            Side::Other => "other",
        }
    }

    /// The side a party of `kind` is on when it says none (docs/model-language.md, `[[party]]`).
    pub fn of_kind(kind: &str) -> Side {
        match kind {
            "ministry" => Side::State,
            "insurers-association" | "insurer" => Side::Insurer,
            "municipalities-association" | "municipality" => Side::Municipal,
            "providers-association" | "provider" => Side::Provider,
            _ => Side::Other,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Party {
    pub id: String,
    pub kind: &'static str,
    /// The side it says, when it says one.
    pub side: Option<Side>,
}

impl Party {
    pub fn side(&self) -> Side {
        self.side.unwrap_or_else(|| Side::of_kind(self.kind))
    }
}

#[derive(Clone, Debug)]
pub struct Body {
    pub id: String,
    pub kind: &'static str,
    /// Each member with its votes.
    pub members: Vec<(usize, u64)>,
    pub chair: Option<usize>,
}

impl Body {
    pub fn total(&self) -> u64 {
        self.members.iter().map(|m| m.1).sum()
    }
}

#[derive(Clone, Debug)]
pub struct Agreement {
    pub id: String,
    pub udo: bool,
    /// Its `[[agreement.commissioner]]`s: party and role.
    pub commissioners: Vec<(usize, String)>,
}

/// Anything a relation may lead from or to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Element {
    Party(usize),
    Body(usize),
    Agreement(usize),
    Region(usize),
    Plan(usize),
}

pub const STREAMS: [&str; 6] = [
    "zvw",
    "wlz",
    "state-budget",
    "municipal-fund",
    "specific-grant",
    "own-funds",
];

#[derive(Clone, Debug)]
pub struct Funding {
    pub amount: i64,
    pub year: i32,
    pub until: Option<i32>,
    pub structural: bool,
    pub stream: &'static str,
}

#[derive(Clone, Debug)]
pub struct Relation {
    pub kind: &'static str,
    pub from: Element,
    pub to: Element,
    pub lead: bool,
    pub funding: Option<Funding>,
}

pub const RIGHT_KINDS: [&str; 7] = [
    "propose",
    "set-agenda",
    "chair",
    "information",
    "appoint",
    "veto",
    "final-say",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Over {
    Agreement(usize),
    Decision(usize),
}

#[derive(Clone, Debug)]
pub struct Right {
    pub holder: usize,
    pub kind: &'static str,
    pub over: Over,
    pub system_responsibility: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    MarketLeaders,
    Insurers,
    Municipalities,
    MandateMunicipality,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::MarketLeaders,
        Role::Insurers,
        Role::Municipalities,
        Role::MandateMunicipality,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Role::MarketLeaders => "region:market-leaders",
            Role::Insurers => "region:insurers",
            Role::Municipalities => "region:municipalities",
            Role::MandateMunicipality => "region:mandate-municipality",
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Region {
    pub id: String,
    pub market_leaders: Vec<usize>,
    pub insurers: Vec<usize>,
    pub municipalities: Vec<usize>,
    pub mandate: Option<usize>,
    pub review_body: Option<usize>,
}

impl Region {
    /// The parties that fill `role` here.
    pub fn role(&self, role: Role) -> Vec<usize> {
        match role {
            Role::MarketLeaders => self.market_leaders.clone(),
            Role::Insurers => self.insurers.clone(),
            Role::Municipalities => self.municipalities.clone(),
            Role::MandateMunicipality => self.mandate.into_iter().collect(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub id: String,
    pub region: Option<usize>,
    pub funded_by: &'static str,
}

/// A voter as a rule names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voter {
    Party(usize),
    Body(usize),
    Role(Role),
}

/// A rule in each of the forms of the model language.
#[derive(Clone, Debug)]
pub enum Rule {
    AllOf(Vec<Voter>),
    AtLeast(u32, Vec<Voter>),
    Unanimous(usize),
    Weighted(usize, u64),
    MajorityOfPresent(usize, u64),
    Veto(Vec<Voter>, Box<Rule>),
    All(Vec<Rule>),
    Any(Vec<Rule>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    Agreement(usize),
    Process(usize),
    Plans,
}

#[derive(Clone, Debug)]
pub struct Decision {
    pub id: String,
    pub about: About,
    pub kind: &'static str,
    /// For a decision about plans: the streams whose plans it reviews; all when `None`.
    pub funded_by: Option<Vec<&'static str>>,
    pub binding: Option<bool>,
    pub taken_by: Option<usize>,
    /// One rule written as the decision's `rule` (`single`), or its `[[decision.step]]`s.
    pub steps: Vec<Rule>,
    pub single: bool,
}

impl Decision {
    pub fn over_agreement(&self) -> Option<usize> {
        match self.about {
            About::Agreement(a) | About::Process(a) => Some(a),
            About::Plans => None,
        }
    }

    pub fn reviews(&self, stream: &str) -> bool {
        self.about == About::Plans
            && self
                .funded_by
                .as_ref()
                .is_none_or(|streams| streams.contains(&stream))
    }
}

/// A task (`of`, `cost`) or a cut (`on`, `amount`, `up_to`), from a year until one.
#[derive(Clone, Debug)]
pub struct Money {
    pub id: String,
    pub party: usize,
    pub amount: i64,
    pub up_to: Option<i64>,
    pub from: i32,
    pub until: Option<i32>,
}

#[derive(Clone, Debug)]
pub struct ProcessStep {
    pub id: String,
    pub kind: &'static str,
    pub by: Option<usize>,
    pub after: Vec<usize>,
    /// Day numbers ([`day_number`]).
    pub earliest: Option<i64>,
    pub deadline: Option<i64>,
    pub days: i64,
}

/// A small draft, as the oracle sees it.
#[derive(Clone, Debug, Default)]
pub struct World {
    pub commissioners: Vec<usize>,
    pub years: Option<(i32, i32)>,
    pub parties: Vec<Party>,
    pub bodies: Vec<Body>,
    pub agreements: Vec<Agreement>,
    pub relations: Vec<Relation>,
    pub rights: Vec<Right>,
    pub regions: Vec<Region>,
    pub plans: Vec<Plan>,
    pub decisions: Vec<Decision>,
    pub tasks: Vec<Money>,
    pub cuts: Vec<Money>,
    pub process: Vec<ProcessStep>,
}

impl World {
    pub fn party(&self, id: &str) -> Option<usize> {
        self.parties.iter().position(|p| p.id == id)
    }

    pub fn element_id(&self, e: Element) -> &str {
        match e {
            Element::Party(i) => &self.parties[i].id,
            Element::Body(i) => &self.bodies[i].id,
            Element::Agreement(i) => &self.agreements[i].id,
            Element::Region(i) => &self.regions[i].id,
            Element::Plan(i) => &self.plans[i].id,
        }
    }

    pub fn side(&self, party: usize) -> Side {
        self.parties[party].side()
    }
}

fn leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn month_days(year: i64, month: i64) -> i64 {
    match month {
        2 if leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day number of a date: days since 1900-01-01, counted year by year and month by month.
pub fn day_number(year: i64, month: i64, day: i64) -> i64 {
    let years: i64 = (1900..year).map(|y| if leap(y) { 366 } else { 365 }).sum();
    let months: i64 = (1..month).map(|m| month_days(year, m)).sum();
    years + months + day - 1
}

/// The date of a day number, `YYYY-MM-DD`.
pub fn date_of(mut days: i64) -> String {
    let mut year = 1900;
    while days >= if leap(year) { 366 } else { 365 } {
        days -= if leap(year) { 366 } else { 365 };
        year += 1;
    }
    let mut month = 1;
    while days >= month_days(year, month) {
        days -= month_days(year, month);
        month += 1;
    }
    format!("{year:04}-{month:02}-{:02}", days + 1)
}
