pub mod minimal;
pub mod servo;
