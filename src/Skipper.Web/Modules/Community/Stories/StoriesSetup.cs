using Skipper.Web.Modules.Community.Stories.Public;
using Skipper.Web.Modules.Community.Stories.Review;
using Skipper.Web.Modules.Community.Stories.Submit;

namespace Skipper.Web.Modules.Community.Stories;

internal static class StoriesSetup
{
    public static IServiceCollection AddCommunityStories(this IServiceCollection services)
    {
        services.AddScoped<StoryCommands>();
        services.AddScoped<StoryReview>();
        services.AddScoped<PublicStories>();
        return services;
    }
}
