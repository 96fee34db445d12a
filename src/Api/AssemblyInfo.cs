// JasperFx looks for command classes (demo, import-qpv) only in assemblies marked so.
[assembly: JasperFx.JasperFxAssembly]
