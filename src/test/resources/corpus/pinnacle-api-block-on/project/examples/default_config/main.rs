// rta corpus model of api/rust/examples/default_config/main.rs (pinnacle e6bdb017).
// `#[pinnacle_api::config]` expands to `#[tokio::main]` on this async fn (see
// pinnacle-api-macros), so everything below runs inside the Tokio runtime.
use pinnacle_api::{
    input::Mod,
    tag::{Layout, LayoutCycler},
    ApiModules,
};

#[pinnacle_api::config(modules)]
async fn main() {
    let ApiModules { pinnacle, window, input, output, tag } = modules;

    let mod_key = Mod::Ctrl;

    // callbacks run inside `listen`'s futures on the Tokio main task
    input.keybind([mod_key, Mod::Alt], 'q', || {
        pinnacle.quit();
    });

    input.keybind([mod_key, Mod::Alt], 'c', || {
        if let Some(window) = window.get_focused() {
            window.close();
        }
    });

    let tag_names = ["1", "2", "3", "4", "5"];

    // called directly from the async main: connect_for_all -> get_all -> block_on
    output.connect_for_all(move |op| {
        let mut tags = tag.add(&op, tag_names);
        tags.next().unwrap().set_active(true);
    });

    let LayoutCycler { prev: _layout_prev, next: layout_next } =
        tag.new_layout_cycler([Layout::MasterStack, Layout::Dwindle]);

    input.keybind([mod_key], ' ', move || {
        layout_next(None);
    });
}
