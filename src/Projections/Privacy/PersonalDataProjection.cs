using ConseilsCitoyens.Domain.Privacy;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Privacy;

/// <summary>A person's privacy stream: whether and when their personal details were erased.</summary>
public partial class PersonalDataProjection : SingleStreamProjection<PersonalData, Guid>
{
    public PersonalDataProjection() => this.FoldsStreamsOf<IPrivacyEvent>();

    public override PersonalData? Evolve(PersonalData? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IPrivacyEvent => PersonalData.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
