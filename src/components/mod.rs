//! One small file per visible thing. Components only render and forward the reader's intents.

pub mod board;
pub mod gauge;
pub mod holders_table;
pub mod notices;
pub mod scale_slider;
pub mod scenario_picker;
pub mod share_bar;
pub mod stage_caption;
pub mod sweet_spot;

pub use board::Board;
pub use gauge::Gauge;
pub use holders_table::HoldersTable;
pub use notices::Notices;
pub use scale_slider::ScaleSlider;
pub use scenario_picker::ScenarioPicker;
pub use share_bar::ShareBar;
pub use stage_caption::StageCaption;
pub use sweet_spot::SweetSpotMark;
