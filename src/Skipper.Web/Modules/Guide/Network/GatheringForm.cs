using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>What the partial _GatheringForm shows: the values, the people to tick, why it was refused, where it posts.</summary>
public sealed record GatheringForm(GatheringRequest Values, IReadOnlyList<NetworkPerson> Choices, Refusal? Refusal, string Handler, string SubmitKey, string IdPrefix)
{
    public static readonly GatheringRequest Empty = new(null, null, [], null, null);

    public bool Came(Guid id) => Values.Attendees?.Contains(id) == true;

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    /// <summary>The contacts, and anyone already recorded as having come who is no longer among them.</summary>
    public static IReadOnlyList<NetworkPerson> ChoicesFor(IEnumerable<NetworkPerson> contacts, IEnumerable<NetworkPerson> came) =>
        contacts.Concat(came.Where(p => p.Name.Length > 0)).DistinctBy(p => p.Id).ToList();
}
