//! The keywords of the model language: each closed set of words a field may take (the kinds of
//! party, body, relation and decision, the sides, the money streams, …), as an enum with its
//! spelling in model files and the noun that names the set in messages, in both languages.

use crate::lang::Text;

/// A closed set of keywords, as the model language's descriptions of elements name it.
#[derive(Debug)]
pub struct Keywords {
    /// What one keyword of the set is, for messages: "kind of party", "soort partij".
    pub noun: Text,
    /// Every keyword, as written in model files.
    pub words: &'static [&'static str],
}

/// An enum of keywords: read from a model file by its position in [`Keyword::all`].
pub trait Keyword: Copy + 'static {
    /// The set's words and noun.
    const KEYWORDS: Keywords;
    /// Every keyword, in the order of [`Keywords::words`].
    fn all() -> &'static [Self];
}

/// Declares a closed set of keywords of the model language: an enum, the noun that names one of
/// its keywords in messages (English, Dutch), and each keyword's spelling in model files.
macro_rules! keywords {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($noun:literal, $noun_nl:literal) {
            $($variant:ident = $word:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every keyword, in the order the language documents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The keyword as written in a model file.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// Reads the keyword as written in a model file.
            pub fn parse(word: &str) -> Option<Self> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }
        }

        impl Keyword for $name {
            const KEYWORDS: Keywords = Keywords {
                noun: Text { en: $noun, nl: $noun_nl },
                words: &[$($word),+],
            };

            fn all() -> &'static [Self] {
                Self::ALL
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "enum": [$($word),+],
                    "description": concat!("A ", $noun, ".")
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

keywords! {
    /// What kind of organisation a party is.
    pub enum PartyKind ("kind of party", "soort partij") {
        Ministry = "ministry",
        InsurersAssociation = "insurers-association",
        Insurer = "insurer",
        MunicipalitiesAssociation = "municipalities-association",
        Municipality = "municipality",
        ProvidersAssociation = "providers-association",
        Provider = "provider",
        Authority = "authority",
        Patients = "patients",
        Other = "other",
    }
}

keywords! {
    /// Which side of the table a party is on. Joint review asks for consent from the insurer
    /// side and from the municipal side.
    pub enum Side ("side", "waarde van `side`") {
        State = "state",
        Insurer = "insurer",
        Municipal = "municipal",
        Provider = "provider",
        Other = "other",
    }
}

impl PartyKind {
    /// The side a party of this kind is on unless the model says otherwise.
    pub fn default_side(self) -> Side {
        match self {
            PartyKind::Ministry => Side::State,
            PartyKind::InsurersAssociation | PartyKind::Insurer => Side::Insurer,
            PartyKind::MunicipalitiesAssociation | PartyKind::Municipality => Side::Municipal,
            PartyKind::ProvidersAssociation | PartyKind::Provider => Side::Provider,
            PartyKind::Authority | PartyKind::Patients | PartyKind::Other => Side::Other,
        }
    }
}

keywords! {
    /// What kind of body a body is.
    pub enum BodyKind ("kind of body", "soort orgaan") {
        Board = "board",
        SteeringGroup = "steering-group",
        ReviewCommittee = "review-committee",
        MembersMeeting = "members-meeting",
        Other = "other",
    }
}

keywords! {
    /// A typed relation between two elements of the model.
    pub enum RelationKind ("kind of relation", "soort relatie") {
        Commissions = "commissions",
        Directs = "directs",
        Instructs = "instructs",
        AccountableTo = "accountable-to",
        ApprovesBudgetOf = "approves-budget-of",
        Represents = "represents",
        Mandates = "mandates",
        MemberOf = "member-of",
        Funds = "funds",
    }
}

keywords! {
    /// Where money comes from.
    pub enum Stream ("money stream", "geldstroom") {
        Zvw = "zvw",
        Wlz = "wlz",
        StateBudget = "state-budget",
        MunicipalFund = "municipal-fund",
        SpecificGrant = "specific-grant",
        OwnFunds = "own-funds",
    }
}

keywords! {
    /// Whether money comes every year or once.
    pub enum Nature ("nature of funding", "aard van financiering") {
        Structural = "structural",
        OneOff = "one-off",
    }
}

keywords! {
    /// A right over the agreement or over one of its decisions.
    pub enum RightKind ("right", "waarde van `right`") {
        Propose = "propose",
        SetAgenda = "set-agenda",
        Chair = "chair",
        Information = "information",
        Appoint = "appoint",
        Veto = "veto",
        FinalSay = "final-say",
    }
}

impl RightKind {
    /// A right that decides an outcome on its own, which a system-responsibility carve-out
    /// may not bring to a decision over the agreement.
    pub fn is_decisive(self) -> bool {
        matches!(self, RightKind::Veto | RightKind::FinalSay)
    }
}

keywords! {
    /// What a decision does.
    pub enum DecisionKind ("kind of decision", "soort besluit") {
        Adopt = "adopt",
        Amend = "amend",
        End = "end",
        SetUpProcess = "set-up-process",
        SteerExecution = "steer-execution",
        ReviewPlan = "review-plan",
        PrioritiseChainApproaches = "prioritise-chain-approaches",
        Other = "other",
    }
}

keywords! {
    /// How an agreement is formed.
    pub enum Method ("method", "waarde van `method`") {
        Udo = "udo",
    }
}

keywords! {
    /// A role in a plan's region, usable as a voter in the rules of plan decisions.
    pub enum RegionRole ("region role", "rol in de regio") {
        MarketLeaders = "region:market-leaders",
        Insurers = "region:insurers",
        Municipalities = "region:municipalities",
        MandateMunicipality = "region:mandate-municipality",
    }
}

keywords! {
    /// What a step of the process that leads to the agreement is.
    pub enum StepKind ("kind of process step", "soort processtap") {
        Concept = "concept",
        Udo = "udo",
        Doorrekening = "doorrekening",
        SustainabilityWeighing = "sustainability-weighing",
        PutToMembers = "put-to-members",
        MembersRatification = "members-ratification",
        Signing = "signing",
        Other = "other",
    }
}

keywords! {
    /// What a decision decides over: the agreement itself, its process, or plans.
    pub enum DecisionAbout ("subject of a decision", "onderwerp van een besluit") {
        Agreement = "agreement",
        Process = "process",
        Plan = "plan",
    }
}

keywords! {
    /// What kind of document a model cites.
    pub enum DocumentKind ("kind of document", "soort document") {
        Agreement = "agreement",
        Regulation = "regulation",
        Letter = "letter",
        Resolution = "resolution",
        Annex = "annex",
        Statement = "statement",
        ParliamentaryPaper = "parliamentary-paper",
        NewsReport = "news-report",
        Other = "other",
    }
}

keywords! {
    /// How far the structure a model reads has come: a draft, agreed by the negotiators but not
    /// yet ratified by the parties' boards or members, or ratified.
    pub enum TextStatus ("status of the text", "status van de tekst") {
        Draft = "draft",
        Agreed = "agreed",
        Ratified = "ratified",
    }
}
