using Skipper.Web.Modules.Community.Restart;
using Skipper.Web.Modules.Community.Offers;
using Skipper.Web.Modules.Community.College;
using Skipper.Web.Modules.Community.Foundation;
using Skipper.Web.Modules.Community.Stories;

namespace Skipper.Web.Modules.Community;

/// <summary>
/// Community (Tilbud og fellesskap): the public offers catalogue, the recovery college, recovery stories, the value
/// foundation with the organisations that endorse it, how to ask for help, and "start again" for a person whose
/// service ended. Public content needs no sign-in.
/// </summary>
internal static class CommunityModule
{
    public static IServiceCollection AddCommunity(this IServiceCollection services)
    {
        services.AddRestart();
        services.AddOffers();
        services.AddCollege();
        services.AddCommunityStories();
        services.AddCommunityFoundation();
        return services;
    }

    /// <summary>/offers, /courses, /stories (public reads), /me/restart.</summary>
    public static void MapCommunity(this IEndpointRouteBuilder api)
    {
        api.MapRestart();
        api.MapOffers();
        api.MapCollegeApi();
        api.MapStories();
        api.MapFoundation();
    }
}
