namespace ConseilsCitoyens.Domain.Common;

/// <summary>A team member's own record (their activity log, their immersions): only they write it, whichever council it names.</summary>
public interface IFacilitatorOwned
{
    Guid FacilitatorId { get; }
}
