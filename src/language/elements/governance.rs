//! The header, and the elements of the governance structure: parties, bodies and their
//! members, agreements and their commissioners, relations, rights.

use super::describe::{
    ElementKind, Kind, Need, Value, field, required_with_help, required_with_help_when,
};
use crate::lang::Text;
use crate::language::keywords::{
    BodyKind, Keyword, Method, Nature, PartyKind, RelationKind, RightKind, Side, Stream, TextStatus,
};

const ANY_ELEMENT: &[Kind] = &[
    Kind::Party,
    Kind::Body,
    Kind::Agreement,
    Kind::Region,
    Kind::Plan,
];

pub static MODEL: ElementKind = ElementKind {
    key: "model",
    name: Text {
        en: "the `[model]` table",
        nl: "de tabel `[model]`",
    },
    noun: Text {
        en: "model",
        nl: "model",
    },
    doc: Text {
        en: "What the model is, the document it reads, and the commissioners whose equality is checked.",
        nl: "Wat het model is, het document dat het leest, en de opdrachtgevers wier gelijkwaardigheid wordt getoetst.",
    },
    fields: &[
        field(
            "title",
            Value::Text,
            Need::Required,
            "What this model is.",
            "Wat dit model is.",
        ),
        required_with_help(
            "source",
            Value::Citations,
            Text {
                en: "The documents this model reads, cited as elements cite theirs.",
                nl: "De documenten die dit model leest, aangehaald zoals elementen de hunne aanhalen.",
            },
            Text {
                en: "cite the documents this model reads, e.g. `source = { document = \"iza-2022\" }`",
                nl: "noem de documenten die dit model leest, bijv. `source = { document = \"iza-2022\" }`",
            },
        ),
        field(
            "status",
            Value::Keyword(&TextStatus::KEYWORDS),
            Need::Optional,
            "How far the structure has come: `draft`, `agreed` (by the negotiators, not yet ratified) or `ratified`; `draft` when absent. Verdicts on a structure that is not ratified are provisional.",
            "Hoe ver de structuur is: `draft` (ontwerp), `agreed` (akkoord van de onderhandelaars, nog niet bekrachtigd) of `ratified` (bekrachtigd); `draft` als dit ontbreekt. Oordelen over een structuur die niet bekrachtigd is, zijn voorlopig.",
        ),
        field(
            "ratified_by",
            Value::Reference(&[Kind::Document]),
            Need::RequiredWhen("status", "ratified"),
            "The document that ratifies the structure (`status = \"ratified\"`).",
            "Het document dat de structuur bekrachtigt (`status = \"ratified\"`).",
        ),
        required_with_help(
            "commissioners",
            Value::References(&[Kind::Party]),
            Text {
                en: "The parties whose equal commissioning is checked.",
                nl: "De partijen wier gelijkwaardig opdrachtgeverschap wordt getoetst.",
            },
            Text {
                en: "name the parties whose equal commissioning is checked, e.g. `commissioners = [\"vws\", \"zn\", \"vng\"]`",
                nl: "noem de partijen wier gelijkwaardig opdrachtgeverschap wordt getoetst, bijv. `commissioners = [\"vws\", \"zn\", \"vng\"]`",
            },
        ),
        field(
            "rlimit",
            Value::Count {
                least: 0,
                most: u32::MAX as u64,
                range: Text {
                    en: "a number of solver steps, at most 4294967295",
                    nl: "een aantal stappen van de solver, hoogstens 4294967295",
                },
            },
            Need::Optional,
            "The solver's resource limit per proof obligation, in solver steps; 0 is no limit.",
            "De grens van de solver per bewijsverplichting, in stappen van de solver; 0 is geen grens.",
        ),
        field(
            "years",
            Value::YearRange,
            Need::Optional,
            "The first and last year the money rules check.",
            "Het eerste en het laatste jaar dat de regels over geld toetsen.",
        ),
        field(
            "rules",
            Value::RuleIds,
            Need::Optional,
            "The ids of the rules that apply, as `toets rules` lists them; every rule when absent.",
            "De ids van de regels die gelden, zoals `toets rules` ze opsomt; alle regels als dit ontbreekt.",
        ),
        field(
            "reading",
            Value::Readings,
            Need::Optional,
            "The modeller's readings of the header's fields (the `years`, say), as elements have theirs.",
            "De lezingen van de modelleur van de velden van de kop (de `years`, bijvoorbeeld), zoals elementen de hunne hebben.",
        ),
    ],
    cited: false,
};

pub static PARTY: ElementKind = ElementKind {
    key: "party",
    name: Text {
        en: "a `[[party]]`",
        nl: "een `[[party]]`",
    },
    noun: Text {
        en: "party",
        nl: "partij",
    },
    doc: Text {
        en: "An organisation: a ministry, an insurers' association, an insurer, a municipality, …",
        nl: "Een organisatie: een ministerie, een koepel van zorgverzekeraars, een zorgverzekeraar, een gemeente, …",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The party's id.",
            "De id van de partij.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Haar naam.",
        ),
        field(
            "kind",
            Value::Keyword(&PartyKind::KEYWORDS),
            Need::Required,
            "What kind of organisation it is.",
            "Wat voor organisatie het is.",
        ),
        field(
            "side",
            Value::Keyword(&Side::KEYWORDS),
            Need::Optional,
            "The side of the table it is on; by default the side of its kind.",
            "De kant van de tafel waaraan zij zit; standaard de kant van haar soort.",
        ),
    ],
    cited: true,
};

pub static BODY: ElementKind = ElementKind {
    key: "body",
    name: Text {
        en: "a `[[body]]`",
        nl: "een `[[body]]`",
    },
    noun: Text {
        en: "body",
        nl: "orgaan",
    },
    doc: Text {
        en: "A board, steering group, review committee or members' meeting, with its members and their votes.",
        nl: "Een bestuur, stuurgroep, toetsingscommissie of ledenvergadering, met de leden en hun stemmen.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The body's id.",
            "De id van het orgaan.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Zijn naam.",
        ),
        field(
            "kind",
            Value::Keyword(&BodyKind::KEYWORDS),
            Need::Required,
            "What kind of body it is.",
            "Wat voor orgaan het is.",
        ),
        required_with_help(
            "members",
            Value::Members,
            Text {
                en: "Its members: a party id (one vote) or `{ party = \"…\", votes = N }`.",
                nl: "De leden: een id van een partij (één stem) of `{ party = \"…\", votes = N }`.",
            },
            Text {
                en: "list the parties that sit in this body",
                nl: "noem de partijen die in dit orgaan zitten",
            },
        ),
        field(
            "chair",
            Value::Reference(&[Kind::Party]),
            Need::Optional,
            "The party that chairs it.",
            "De partij die het voorzit.",
        ),
    ],
    cited: true,
};

pub static MEMBER: ElementKind = ElementKind {
    key: "member",
    name: Text {
        en: "a member",
        nl: "een lid",
    },
    noun: Text {
        en: "member",
        nl: "lid",
    },
    doc: Text {
        en: "A member of a body with its votes, written inline in `members`.",
        nl: "Een lid van een orgaan met zijn stemmen, inline geschreven in `members`.",
    },
    fields: &[
        field(
            "party",
            Value::Reference(&[Kind::Party]),
            Need::Required,
            "The party.",
            "De partij.",
        ),
        field(
            "votes",
            Value::Count {
                least: 0,
                most: u32::MAX as u64,
                range: Text {
                    en: "0 or more",
                    nl: "0 of meer",
                },
            },
            Need::Optional,
            "Its votes; 1 when absent.",
            "Haar stemmen; 1 als dit ontbreekt.",
        ),
    ],
    cited: false,
};

pub static AGREEMENT: ElementKind = ElementKind {
    key: "agreement",
    name: Text {
        en: "an `[[agreement]]`",
        nl: "een `[[agreement]]`",
    },
    noun: Text {
        en: "agreement",
        nl: "akkoord",
    },
    doc: Text {
        en: "An agreement, with its commissioning parties in `[[agreement.commissioner]]`.",
        nl: "Een akkoord, met de opdrachtgevers in `[[agreement.commissioner]]`.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The agreement's id.",
            "De id van het akkoord.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Zijn naam.",
        ),
        field(
            "commissioner",
            Value::Tables(&COMMISSIONER),
            Need::Optional,
            "Its commissioning parties (opdrachtgevers), each a table of its own.",
            "De opdrachtgevers, elk in een eigen tabel.",
        ),
        field(
            "method",
            Value::Keyword(&Method::KEYWORDS),
            Need::Optional,
            "How the agreement is formed: `udo`, the method of the Uitvoerbaarheidstoets Decentrale Overheden.",
            "Hoe het akkoord tot stand komt: `udo`, de werkwijze van de Uitvoerbaarheidstoets Decentrale Overheden.",
        ),
        required_with_help_when(
            "method_source",
            Value::Citations,
            ("method", "udo"),
            Text {
                en: "The clause that sets the method; required with `method`.",
                nl: "De bepaling die de werkwijze vastlegt; verplicht bij `method`.",
            },
            Text {
                en: "cite the clause that sets the method, e.g. `method_source = { document = \"vng-uitwerking-2024\", quote = \"volgens de werkwijze van de UDO\" }`",
                nl: "noem de bepaling die de werkwijze vastlegt, bijv. `method_source = { document = \"vng-uitwerking-2024\", quote = \"volgens de werkwijze van de UDO\" }`",
            },
        ),
    ],
    cited: true,
};

pub static COMMISSIONER: ElementKind = ElementKind {
    key: "commissioner",
    name: Text {
        en: "an `[[agreement.commissioner]]`",
        nl: "een `[[agreement.commissioner]]`",
    },
    noun: Text {
        en: "commissioner",
        nl: "opdrachtgever",
    },
    doc: Text {
        en: "A commissioning party (opdrachtgever) of the agreement above it, in a role.",
        nl: "Een opdrachtgever van het akkoord erboven, in een rol.",
    },
    fields: &[
        field(
            "party",
            Value::Reference(&[Kind::Party]),
            Need::Required,
            "A commissioning party (opdrachtgever).",
            "Een opdrachtgever.",
        ),
        field(
            "role",
            Value::Text,
            Need::Required,
            "Its role; every commissioner should have the same.",
            "Haar rol; elke opdrachtgever hoort dezelfde te hebben.",
        ),
    ],
    cited: true,
};

pub static RELATION: ElementKind = ElementKind {
    key: "relation",
    name: Text {
        en: "a `[[relation]]`",
        nl: "een `[[relation]]`",
    },
    noun: Text {
        en: "relation",
        nl: "relatie",
    },
    doc: Text {
        en: "A typed relation between two elements: instructs, accountable-to, funds, …",
        nl: "Een getypeerde relatie tussen twee elementen: instructs, accountable-to, funds, …",
    },
    fields: &[
        field(
            "kind",
            Value::Keyword(&RelationKind::KEYWORDS),
            Need::Required,
            "What the relation is.",
            "Wat de relatie is.",
        ),
        field(
            "from",
            Value::Reference(ANY_ELEMENT),
            Need::Required,
            "The id of a party, body, agreement, region or plan.",
            "De id van een partij, orgaan, akkoord, regio of transformatieplan.",
        ),
        field(
            "to",
            Value::Reference(ANY_ELEMENT),
            Need::Required,
            "The id of a party, body, agreement, region or plan.",
            "De id van een partij, orgaan, akkoord, regio of transformatieplan.",
        ),
        field(
            "amount",
            Value::Euros,
            Need::RequiredWhen("kind", "funds"),
            "Whole euros a year (funds).",
            "Hele euro's per jaar (funds).",
        ),
        field(
            "year",
            Value::Year,
            Need::RequiredWhen("kind", "funds"),
            "The year of one-off money; the first year of structural money (funds).",
            "Het jaar van incidenteel geld; het eerste jaar van structureel geld (funds).",
        ),
        field(
            "until",
            Value::Year,
            Need::AllowedWhen("kind", "funds"),
            "The last year of structural money, if it ends (funds).",
            "Het laatste jaar van structureel geld, als het ophoudt (funds).",
        ),
        field(
            "nature",
            Value::Keyword(&Nature::KEYWORDS),
            Need::RequiredWhen("kind", "funds"),
            "Whether the money comes every year or once (funds).",
            "Of het geld elk jaar komt of eenmalig (funds).",
        ),
        field(
            "stream",
            Value::Keyword(&Stream::KEYWORDS),
            Need::RequiredWhen("kind", "funds"),
            "Where the money comes from (funds).",
            "Waar het geld vandaan komt (funds).",
        ),
        field(
            "lead",
            Value::Boolean,
            Need::AllowedWhen("kind", "directs"),
            "On a `directs` relation: its party holds the lead (regie) alone.",
            "Bij een relatie `directs`: de partij heeft alleen de regie.",
        ),
    ],
    cited: true,
};

pub static RIGHT: ElementKind = ElementKind {
    key: "right",
    name: Text {
        en: "a `[[right]]`",
        nl: "een `[[right]]`",
    },
    noun: Text {
        en: "right",
        nl: "recht",
    },
    doc: Text {
        en: "A right of a party over the agreement or one of its decisions.",
        nl: "Een recht van een partij over het akkoord of een van zijn besluiten.",
    },
    fields: &[
        field(
            "holder",
            Value::Reference(&[Kind::Party]),
            Need::Required,
            "The party that holds the right.",
            "De partij die het recht heeft.",
        ),
        field(
            "right",
            Value::Keyword(&RightKind::KEYWORDS),
            Need::Required,
            "The right.",
            "Het recht.",
        ),
        required_with_help(
            "over",
            Value::Reference(&[Kind::Agreement, Kind::Decision]),
            Text {
                en: "The agreement or decision the right is over.",
                nl: "Het akkoord of het besluit waarover het recht gaat.",
            },
            Text {
                en: "name the agreement or the decision the right is over",
                nl: "noem het akkoord of het besluit waarover het recht gaat",
            },
        ),
        field(
            "system_responsibility",
            Value::Boolean,
            Need::Optional,
            "Held as the ministry's system responsibility (systeemverantwoordelijkheid).",
            "Gehouden als systeemverantwoordelijkheid van het ministerie.",
        ),
    ],
    cited: true,
};
