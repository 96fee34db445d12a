namespace ConseilsCitoyens.Domain.Common;

/// <summary>A quartier's work (its territory diagnostic): open to whoever covers a council of that quartier.</summary>
public interface IQuartierScoped
{
    string QuartierCode { get; }
}
