using Skipper.Web.Modules.Community.Offers.Catalogue;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Keeping;

/// <summary>What the offer form shows: the fields, the organisations to choose from, and why the last save was refused.</summary>
public sealed record OfferFormView(OfferFields Fields, IReadOnlyList<OrganisationView> Organisations, Refusal? Refusal, bool IsNew)
{
    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    public IEnumerable<FieldError> ErrorsFor(string field) => Refusal?.Fields.Where(f => f.Field == field) ?? [];

    public string? Invalid(string field) => ErrorFor(field) is null ? null : "true";

    public string? DescribedBy(string field, string? hint = null)
    {
        var ids = new[] { hint, ErrorFor(field) is null ? null : field + "-error" }.Where(i => i is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }
}
