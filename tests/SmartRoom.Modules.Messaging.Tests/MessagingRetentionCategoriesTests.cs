using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Messaging.Domain;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Messaging.Tests;

public sealed class MessagingRetentionCategoriesTests
{
    [Fact]
    public void Conversations_and_questions_are_kept_a_year_after_the_room_is_closed_under_keys_Messaging_sweeps()
    {
        var categories = Declared();

        foreach (var key in new[] { ConversationDataCategories.Conversations, QuestionDataCategories.Questions })
        {
            var category = categories.Single(c => c.Key == key);
            category.Module.ShouldBe(MembershipDataCategories.Module);
            category.Key.ShouldStartWith(MembershipDataCategories.KeyPrefix, customMessage: "a sweep of it must reach Messaging's handler");
            category.Retention.ShouldBe(new RetentionRule(365, "after the room is closed"));
        }
    }

    [Fact]
    public void Every_Messaging_category_has_its_own_key_and_name_so_the_published_policy_shows_each_as_a_row()
    {
        var categories = Declared();

        categories.Count.ShouldBe(3);
        categories.Select(c => c.Key).ShouldBeUnique();
        categories.Select(c => c.Name).ShouldBeUnique();
        categories.ShouldAllBe(c => c.WhatWeKeep.Length > 0 && c.Purpose.Length > 0 && c.LegalBasis.Length > 0 && c.Recipients.Length > 0);
    }

    private static List<DataCategory> Declared()
    {
        var services = new ServiceCollection();
        MembershipDataCategories.Register(services);
        ConversationDataCategories.Register(services);
        QuestionDataCategories.Register(services);
        return services.BuildServiceProvider().GetServices<DataCategory>().ToList();
    }
}
