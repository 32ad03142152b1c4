//! A scenario: a function described as data (who holds the work at the start, what the work
//! is, and who takes each part of it at what size), with the types it is made of and the code
//! that builds the built-in ones from their rows. The rows themselves, and every word of the
//! post, are data in `content`; a writer's own scenario is read by `custom`.

use std::borrow::Cow;
use std::rc::Rc;

use crate::format::Token;
use crate::scale::{Headcount, Stage};

/// Text that is usually written into the binary but may come from a custom scenario later.
pub type Text = Cow<'static, str>;

/// A family of specialist roles. Each family has its own colour in the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Design,
    Engineering,
    GoToMarket,
    DataAndOps,
}

impl Family {
    /// The CSS class suffix that carries the family's colour.
    pub const fn slug(self) -> &'static str {
        match self {
            Family::Design => "design",
            Family::Engineering => "engineering",
            Family::GoToMarket => "go-to-market",
            Family::DataAndOps => "data-ops",
        }
    }
}

impl Token for Family {
    const ALL: &'static [Family] = &[Family::Design, Family::Engineering, Family::GoToMarket, Family::DataAndOps];

    fn token(self) -> &'static str {
        self.slug()
    }
}

/// One of a scenario's specialist roles, by its place in the scenario's list; made only where the
/// list is built, and read with `Scenario::role`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RoleId(usize);

impl RoleId {
    pub(crate) const fn new(index: usize) -> RoleId {
        RoleId(index)
    }

    /// Its place in the scenario's list of roles.
    pub(crate) const fn index(self) -> usize {
        self.0
    }
}

/// A specialist role that takes work off the holder (the PM).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecialistRole {
    pub id: Text,
    pub name: Text,
    pub family: Family,
}

/// One of the holder's responsibilities, and when (if ever) it peels off.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Responsibility {
    pub id: Text,
    pub name: Text,
    pub peel: Option<Peel>,
}

/// The moment a responsibility leaves the holder: at `at` people, `role` takes it over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Peel {
    pub role: RoleId,
    pub at: Headcount,
}

/// A company function whose work the widget follows. The post: "This also isn't specific to
/// product, all the functions do this."
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Function {
    #[default]
    Product,
    Sales,
}

impl Function {
    pub const ALL: [Function; 2] = [Function::Product, Function::Sales];

    pub const fn slug(self) -> &'static str {
        match self {
            Function::Product => "product",
            Function::Sales => "sales",
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Function::Product => "Product",
            Function::Sales => "Sales",
        }
    }
}

impl Token for Function {
    const ALL: &'static [Function] = &Function::ALL;

    fn token(self) -> &'static str {
        self.slug()
    }
}

/// The kind of company, for the post's "will depend on you customers, industry, company". Presets
/// change when the product function's work peels off, and to whom.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Preset {
    #[default]
    B2bSaas,
    ConsumerApp,
    DeveloperPlatform,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::B2bSaas, Preset::ConsumerApp, Preset::DeveloperPlatform];

    pub const fn slug(self) -> &'static str {
        match self {
            Preset::B2bSaas => "b2b-saas",
            Preset::ConsumerApp => "consumer-app",
            Preset::DeveloperPlatform => "developer-platform",
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Preset::B2bSaas => "B2B SaaS",
            Preset::ConsumerApp => "Consumer app",
            Preset::DeveloperPlatform => "Developer platform",
        }
    }
}

impl Token for Preset {
    const ALL: &'static [Preset] = &Preset::ALL;

    fn token(self) -> &'static str {
        self.slug()
    }
}

/// A function described as data: who holds the work at the start, what the work is, and who
/// takes each part of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Where the table comes from: one of the widget's own, or a writer's.
    pub origin: Origin,
    /// Short name of the holder, as in "Design returned to the PM".
    pub holder: Text,
    /// The holder's title at the founding team.
    pub holder_title: Text,
    /// Later titles, each from a stage on, in the order of the stages: the founding sales person
    /// becomes an account executive, then a sales leader.
    pub later_titles: Vec<(Stage, Text)>,
    pub responsibilities: Vec<Responsibility>,
    pub roles: Vec<SpecialistRole>,
}

/// Where a scenario's table and words come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// One of the tables in this file: a function, and for Product the kind of company.
    BuiltIn { function: Function, preset: Preset },
    /// A writer's own scenario (see `custom`), with its own words.
    Custom(Rc<CustomWords>),
}

impl Origin {
    /// Whether two scenarios follow the same function, so that switching between them is not
    /// announced as a new one: the same built-in function, or custom scenarios of the same name.
    pub fn same_function(&self, other: &Origin) -> bool {
        match (self, other) {
            (Origin::BuiltIn { function: a, .. }, Origin::BuiltIn { function: b, .. }) => a == b,
            (Origin::Custom(a), Origin::Custom(b)) => a.name == b.name,
            (Origin::BuiltIn { .. }, Origin::Custom(_)) | (Origin::Custom(_), Origin::BuiltIn { .. }) => false,
        }
    }
}

/// The words of a custom scenario that built-ins take from this file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomWords {
    /// The function's name, in the picker and in "Now following the … function."
    pub name: Text,
    pub title: Text,
    pub lede: Text,
    /// The writer's gloss for each stage, in `Stage::ALL` order, where they gave one.
    pub captions: Vec<Option<Text>>,
}

/// One row of a built-in table (`content`): the responsibility, and who takes it at what size.
pub struct Row {
    pub responsibility: &'static str,
    /// `(role, its family, headcount)`, or `None` when the work stays with the holder.
    pub peel: Option<(&'static str, Family, u32)>,
}

pub const fn row(responsibility: &'static str, role: &'static str, family: Family, at: u32) -> Row {
    Row { responsibility, peel: Some((role, family, at)) }
}

pub const fn stays(responsibility: &'static str) -> Row {
    Row { responsibility, peel: None }
}

/// "Hands on Enablement" -> "hands-on-enablement".
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

impl Scenario {
    /// A built-in scenario from its table (`content`): the holder's short name and founding
    /// title, its later titles, and its rows in the post's order. Roles are numbered as they first
    /// appear.
    pub fn from_rows(
        origin: Origin,
        (holder, title): (&'static str, &'static str),
        later_titles: &[(Stage, &'static str)],
        rows: &[Row],
    ) -> Scenario {
        let mut roles: Vec<SpecialistRole> = Vec::new();
        let responsibilities = rows
            .iter()
            .map(|row| Responsibility {
                id: slug(row.responsibility).into(),
                name: row.responsibility.into(),
                peel: row.peel.map(|(role, family, at)| {
                    let index = roles.iter().position(|r| r.name == role).unwrap_or_else(|| {
                        roles.push(SpecialistRole { id: slug(role).into(), name: role.into(), family });
                        roles.len() - 1
                    });
                    Peel { role: RoleId(index), at: Headcount::new(at).expect("table headcounts are in range") }
                }),
            })
            .collect();
        Scenario {
            origin,
            holder: holder.into(),
            holder_title: title.into(),
            later_titles: later_titles.iter().map(|&(stage, title)| (stage, title.into())).collect(),
            responsibilities,
            roles,
        }
    }

    /// The holder's title at `stage`: the latest one the scenario gives from that stage down.
    pub fn holder_title_at(&self, stage: Stage) -> &str {
        self.later_titles.iter().rev().find(|(from, _)| *from <= stage).map_or(&self.holder_title, |(_, title)| title)
    }

    /// The specialist role `id` names.
    pub fn role(&self, id: RoleId) -> &SpecialistRole {
        &self.roles[id.0]
    }

    /// Every role, by id, in the scenario's order.
    pub fn role_ids(&self) -> impl Iterator<Item = RoleId> {
        (0..self.roles.len()).map(RoleId)
    }

    /// The function's name: "Product", "Sales", or a custom scenario's own.
    pub fn name(&self) -> &str {
        match &self.origin {
            Origin::BuiltIn { function, .. } => function.name(),
            Origin::Custom(words) => &words.name,
        }
    }
}

/// What a gloss says about the board, as data: the caption shown is the first whose claims all
/// hold at the current size, and a test walks every size of every table to check there always is
/// one, and that every gloss is shown somewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// No specialist holds any work yet.
    NoSpecialists,
    /// At least one specialist holds work.
    SomeSpecialists,
    /// The holder still holds this responsibility (by its name).
    Holds(&'static str),
    /// A specialist holds this responsibility (by its name).
    Moved(&'static str),
    /// Specialists hold more than half of the work.
    MostMoved,
}

/// The widget's own words about a stage, and what they claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gloss {
    pub text: &'static str,
    pub claims: &'static [Claim],
}

/// A sentence of the post a stage's caption quotes, and what the board must show for the quote to
/// be true there: a quote that names a step ("…then channel sales…") shows only once the board has
/// taken it. No claims: always true.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub text: &'static str,
    pub claims: &'static [Claim],
}

/// What the widget has to say about a stage: the post's own words and the widget's glosses, each
/// in order of preference (`model::caption` picks the first of each that is true of the board).
/// The last quote claims nothing, so there is always one.
pub struct StageWords {
    pub quotes: &'static [Quote],
    pub glosses: &'static [Gloss],
}
