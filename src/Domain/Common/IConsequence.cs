namespace ConseilsCitoyens.Domain.Common;

/// <summary>An event that follows from another event of the same write (a warning): it is judged, and allowed, with that event.</summary>
public interface IConsequence;
