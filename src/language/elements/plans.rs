//! Regions and their transformation plans.

use super::describe::{ElementKind, Kind, Need, Value, field};
use crate::lang::Text;
use crate::language::keywords::{Keyword, Stream};

pub static REGION: ElementKind = ElementKind {
    key: "region",
    name: Text {
        en: "a `[[region]]`",
        nl: "een `[[region]]`",
    },
    noun: Text {
        en: "region",
        nl: "regio",
    },
    doc: Text {
        en: "A region: its market-leading insurers, insurers, municipalities, mandate municipality and review body.",
        nl: "Een regio: de marktleidende zorgverzekeraars, de zorgverzekeraars, de gemeenten, de mandaatgemeente en het toetsingsorgaan.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The region's id.",
            "De id van de regio.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Haar naam.",
        ),
        field(
            "market_leaders",
            Value::References(&[Kind::Party]),
            Need::Optional,
            "Its two market-leading insurers: the two with the most insured people.",
            "De twee marktleidende zorgverzekeraars: de twee met de meeste verzekerden.",
        ),
        field(
            "insurers",
            Value::References(&[Kind::Party]),
            Need::Optional,
            "Its insurers.",
            "De zorgverzekeraars.",
        ),
        field(
            "municipalities",
            Value::References(&[Kind::Party]),
            Need::Optional,
            "Its municipalities.",
            "De gemeenten.",
        ),
        field(
            "mandate_municipality",
            Value::Reference(&[Kind::Party]),
            Need::Optional,
            "The municipality acting for the others under mandate (mandaatgemeente).",
            "De gemeente die onder mandaat voor de andere optreedt (mandaatgemeente).",
        ),
        field(
            "review_body",
            Value::Reference(&[Kind::Body]),
            Need::Optional,
            "The body in which its plans are reviewed.",
            "Het orgaan waarin de plannen worden getoetst.",
        ),
    ],
    cited: true,
};

pub static PLAN: ElementKind = ElementKind {
    key: "plan",
    name: Text {
        en: "a `[[plan]]`",
        nl: "een `[[plan]]`",
    },
    noun: Text {
        en: "plan",
        nl: "transformatieplan",
    },
    doc: Text {
        en: "A transformation plan: its region and what pays for it.",
        nl: "Een transformatieplan: de regio en wat het betaalt.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The plan's id.",
            "De id van het plan.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Zijn naam.",
        ),
        field(
            "region",
            Value::Reference(&[Kind::Region]),
            Need::Optional,
            "Its region.",
            "De regio.",
        ),
        field(
            "funded_by",
            Value::Keyword(&Stream::KEYWORDS),
            Need::Required,
            "What pays for it.",
            "Wat het betaalt.",
        ),
    ],
    cited: true,
};
