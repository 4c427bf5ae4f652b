pub mod fabric;
pub mod modrinth;
pub mod mojang;
