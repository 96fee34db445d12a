using NodaTime;

namespace ConseilsCitoyens.Domain.Common;

/// <summary>
/// An event's business date under one name, whatever its own field is called: "as of" views fold
/// only the events dated on or before the date asked for.
/// </summary>
public interface IBusinessDated
{
    LocalDate BusinessDate { get; }
}
