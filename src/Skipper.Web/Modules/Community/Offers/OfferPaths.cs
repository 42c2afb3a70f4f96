namespace Skipper.Web.Modules.Community.Offers;

/// <summary>The catalogue's stable addresses (contracts: other parts and saved plans link to them).</summary>
public static class OfferPaths
{
    public const string Catalogue = "/tilbud";
    public const string Mine = "/tilbud/mine";

    public static string Page(Guid id) => $"/tilbud/{id}";
}
