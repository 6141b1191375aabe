//! Decisions, their steps, and the forms of a decision rule.

use super::describe::{ElementKind, Field, Kind, Need, RuleForm, Value, field, required_with_help};
use crate::lang::Text;
use crate::language::keywords::{DecisionAbout, DecisionKind, Keyword, Stream};

pub static DECISION: ElementKind = ElementKind {
    key: "decision",
    name: Text {
        en: "a `[[decision]]`",
        nl: "een `[[decision]]`",
    },
    noun: Text {
        en: "decision",
        nl: "besluit",
    },
    doc: Text {
        en: "A decision: what it is about, and its rule or its steps each with a rule.",
        nl: "Een besluit: waarover het gaat, en zijn regel of zijn stappen met elk een regel.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The decision's id.",
            "De id van het besluit.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Zijn naam.",
        ),
        required_with_help(
            "about",
            Value::Keyword(&DecisionAbout::KEYWORDS),
            Text {
                en: "What it decides over: the `agreement` (adopt, amend, end it), its `process` (set it up, steer its execution), or `plan`s (review them).",
                nl: "Waarover het beslist: het akkoord (`agreement`: aangaan, wijzigen, beëindigen), zijn proces (`process`: inrichten, de uitvoering sturen) of transformatieplannen (`plan`: toetsen).",
            },
            Text {
                en: "`about` is `agreement`, `process` or `plan`",
                nl: "`about` is `agreement`, `process` of `plan`",
            },
        ),
        field(
            "subject",
            Value::Reference(&[Kind::Agreement]),
            Need::Optional,
            "The agreement it is about, when the model has several.",
            "Het akkoord waarover het gaat, als het model er meer heeft.",
        ),
        field(
            "kind",
            Value::Keyword(&DecisionKind::KEYWORDS),
            Need::Required,
            "What the decision does.",
            "Wat het besluit doet.",
        ),
        field(
            "funded_by",
            Value::KeywordList(&Stream::KEYWORDS),
            Need::Optional,
            "For a decision about plans: the plans it reviews, by what pays for them; all when absent.",
            "Bij een besluit over plannen: de plannen die het toetst, naar wat ze betaalt; alle als dit ontbreekt.",
        ),
        field(
            "taken_by",
            Value::Reference(&[Kind::Body]),
            Need::Optional,
            "The body that takes it.",
            "Het orgaan dat het neemt.",
        ),
        field(
            "binding",
            Value::Boolean,
            Need::Optional,
            "The decision binds its parties (niet-vrijblijvend); `false` when absent.",
            "Het besluit bindt de partijen (niet-vrijblijvend); `false` als dit ontbreekt.",
        ),
        field(
            "rule",
            Value::Rule,
            Need::OneOf(&["rule", "step"]),
            "Who must consent for the decision to pass, when it passes in one step.",
            "Wie moet instemmen om het besluit te laten slagen, als het in één stap genomen wordt.",
        ),
        field(
            "step",
            Value::Tables(&STEP),
            Need::OneOf(&["rule", "step"]),
            "The steps it passes through, each with its rule; it is taken when every step passes.",
            "De stappen die het doorloopt, elk met een regel; het is genomen als elke stap slaagt.",
        ),
    ],
    cited: true,
};

pub static STEP: ElementKind = ElementKind {
    key: "step",
    name: Text {
        en: "a `[[decision.step]]`",
        nl: "een `[[decision.step]]`",
    },
    noun: Text {
        en: "step",
        nl: "stap",
    },
    doc: Text {
        en: "A step of the decision above it, with its own rule.",
        nl: "Een stap van het besluit erboven, met een eigen regel.",
    },
    fields: &[
        field(
            "name",
            Value::Text,
            Need::Required,
            "The step's name.",
            "De naam van de stap.",
        ),
        required_with_help(
            "rule",
            Value::Rule,
            Text {
                en: "Who must consent for this step to pass.",
                nl: "Wie moet instemmen om deze stap te laten slagen.",
            },
            Text {
                en: "say who must consent for this step to pass",
                nl: "zeg wie moet instemmen om deze stap te laten slagen",
            },
        ),
    ],
    cited: true,
};

const VOTES: Value = Value::Count {
    least: 1,
    most: u64::MAX,
    range: Text {
        en: "1 or more votes",
        nl: "1 of meer stemmen",
    },
};

/// A rule's voters, the field of several forms.
const fn voters(name: &'static str, en: &'static str, nl: &'static str) -> Field {
    field(name, Value::Voters, Need::Required, en, nl)
}

/// The forms of a decision rule, in the order a rule's keys are tried: the first form whose
/// key a rule has is its form.
pub static RULE_FORMS: &[RuleForm] = &[
    RuleForm {
        key: "all_of",
        doc: Text {
            en: "every voter consents",
            nl: "elke stemmer stemt in",
        },
        fields: &[voters(
            "all_of",
            "The voters who must all consent.",
            "De stemmers die allen moeten instemmen.",
        )],
    },
    RuleForm {
        key: "at_least",
        doc: Text {
            en: "at least N of the voters consent",
            nl: "ten minste N van de stemmers stemmen in",
        },
        fields: &[
            field(
                "at_least",
                Value::Count {
                    least: 1,
                    most: u32::MAX as u64,
                    range: Text {
                        en: "1 or more",
                        nl: "1 of meer",
                    },
                },
                Need::Required,
                "How many of the voters must consent.",
                "Hoeveel van de stemmers moeten instemmen.",
            ),
            required_with_help(
                "of",
                Value::Voters,
                Text {
                    en: "The voters.",
                    nl: "De stemmers.",
                },
                Text {
                    en: "`at_least = N` goes with `of = [...]`, the voters",
                    nl: "`at_least = N` hoort bij `of = [...]`, de stemmers",
                },
            ),
        ],
    },
    RuleForm {
        key: "unanimous",
        doc: Text {
            en: "every member of the body consents",
            nl: "elk lid van het orgaan stemt in",
        },
        fields: &[field(
            "unanimous",
            Value::Reference(&[Kind::Body]),
            Need::Required,
            "A body whose members must all consent.",
            "Een orgaan waarvan alle leden moeten instemmen.",
        )],
    },
    RuleForm {
        key: "weighted",
        doc: Text {
            en: "the consenting members' votes add up to at least the threshold",
            nl: "de stemmen van de instemmende leden tellen op tot ten minste de drempel",
        },
        fields: &[
            field(
                "weighted",
                Value::Reference(&[Kind::Body]),
                Need::Required,
                "The body whose members' votes count.",
                "Het orgaan waarvan de stemmen van de leden tellen.",
            ),
            field(
                "threshold",
                VOTES,
                Need::Required,
                "The votes that must consent.",
                "De stemmen die moeten instemmen.",
            ),
        ],
    },
    RuleForm {
        key: "majority_of_present",
        doc: Text {
            en: "members holding at least the quorum's votes are present, and more than half of the votes present consent",
            nl: "leden met ten minste het quorum aan stemmen zijn aanwezig, en meer dan de helft van de aanwezige stemmen stemt in",
        },
        fields: &[
            field(
                "majority_of_present",
                Value::Reference(&[Kind::Body]),
                Need::Required,
                "The body that decides by a majority of the votes present.",
                "Het orgaan dat beslist bij meerderheid van de aanwezige stemmen.",
            ),
            field(
                "quorum",
                Value::Count {
                    least: 0,
                    most: u64::MAX,
                    range: Text {
                        en: "0 or more votes",
                        nl: "0 of meer stemmen",
                    },
                },
                Need::Required,
                "The votes that must be present.",
                "De stemmen die aanwezig moeten zijn.",
            ),
        ],
    },
    RuleForm {
        key: "veto",
        doc: Text {
            en: "the inner rule passes and every veto holder consents",
            nl: "de binnenste regel slaagt en elke vetohouder stemt in",
        },
        fields: &[
            voters(
                "veto",
                "The voters who hold a veto over the inner rule.",
                "De stemmers met een veto over de binnenste regel.",
            ),
            required_with_help(
                "rule",
                Value::Rule,
                Text {
                    en: "The rule the veto guards.",
                    nl: "De regel die het veto bewaakt.",
                },
                Text {
                    en: "`veto = [...]` goes with the `rule` it guards",
                    nl: "`veto = [...]` hoort bij de `rule` die het bewaakt",
                },
            ),
        ],
    },
    RuleForm {
        key: "all_rules",
        doc: Text {
            en: "every inner rule passes",
            nl: "elke binnenste regel slaagt",
        },
        fields: &[field(
            "all_rules",
            Value::Rules,
            Need::Required,
            "The rules that must all pass.",
            "De regels die allemaal moeten slagen.",
        )],
    },
    RuleForm {
        key: "any_rule",
        doc: Text {
            en: "at least one inner rule passes",
            nl: "ten minste één binnenste regel slaagt",
        },
        fields: &[field(
            "any_rule",
            Value::Rules,
            Need::Required,
            "The rules of which at least one must pass.",
            "De regels waarvan er ten minste één moet slagen.",
        )],
    },
];

/// Every field a rule may have, whatever its form, each once, in the order of the forms.
pub fn rule_field_names() -> Vec<&'static str> {
    let mut names = Vec::new();
    for form in RULE_FORMS {
        for field in form.fields {
            if !names.contains(&field.name) {
                names.push(field.name);
            }
        }
    }
    names
}
