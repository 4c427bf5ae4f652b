// rta reduction of src/lib.rs: the synchronous Printer
use std::io::{self, Read, Write};

pub struct Printer<'a, W: Write> {
    writer: &'a mut W,
}

impl<'a, W: Write> Printer<'a, W> {
    pub fn new(writer: &'a mut W) -> Self {
        Printer { writer }
    }

    pub fn print_all<R: Read>(&mut self, reader: &mut R) -> io::Result<()> {
        let mut buf = [0u8; 16];
        while reader.read(&mut buf)? > 0 {
            writeln!(self.writer, "{:02x?}", buf)?;
        }
        Ok(())
    }
}
