namespace ConseilsCitoyens.Domain.Common;

/// <summary>
/// The programme's own administration (its convention, its team and their assignments, partners,
/// reference data, erasures): only a coordinator or an administrator writes it, whatever council it names.
/// </summary>
public interface IProgrammeAdministration;
