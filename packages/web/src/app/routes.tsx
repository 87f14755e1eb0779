import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { withMessages } from '../i18n';
import { NotFoundPage } from '../shared/NotFoundPage';
import { Layout } from './Layout';

// Every page is its own chunk, loaded when first visited with the messages of its language (the home page's
// are in the first chunk): the home page's JavaScript stays small.
const HomePage = lazy(() => import('../features/home/HomePage'));
// — public pages —
const ProjectsPage = lazy(withMessages(() => import('../features/projects/ProjectsPage')));
const ProjectPage = lazy(withMessages(() => import('../features/projects/ProjectPage')));
const OrganizationsPage = lazy(withMessages(() => import('../features/organizations/OrganizationsPage')));
const OrganizationPage = lazy(withMessages(() => import('../features/organizations/OrganizationPage')));
const OffersPage = lazy(withMessages(() => import('../features/offers/OffersPage')));
const OfferPage = lazy(withMessages(() => import('../features/offers/OfferPage')));
const EventsPage = lazy(withMessages(() => import('../features/events/EventsPage')));
const EventPage = lazy(withMessages(() => import('../features/events/EventPage')));
const StoriesPage = lazy(withMessages(() => import('../features/stories/StoriesPage')));
const AssessPage = lazy(withMessages(() => import('../features/assessments/AssessPage')));
const IdeasPage = lazy(withMessages(() => import('../features/ideas/IdeasPage')));
const IdeaPage = lazy(withMessages(() => import('../features/ideas/IdeaPage')));
const NewIdeaPage = lazy(withMessages(() => import('../features/ideas/NewIdeaPage')));
const TasksPage = lazy(withMessages(() => import('../features/volunteers/TasksPage')));
const VolunteerProfilePage = lazy(withMessages(() => import('../features/volunteers/VolunteerProfilePage')));
// — sign-in, profile and the maintainer console —
const SignInPage = lazy(withMessages(() => import('../features/account/SignInPage')));
const SignUpPage = lazy(withMessages(() => import('../features/account/SignUpPage')));
const AccountPage = lazy(withMessages(() => import('../features/account/AccountPage')));
const CreateOrganizationPage = lazy(withMessages(() => import('../features/organizations/CreateOrganizationPage')));
const ProfilePage = lazy(withMessages(() => import('../features/account/ProfilePage')));
const MyProjectsPage = lazy(withMessages(() => import('./consoles/MyProjectsPage')));
const NewProjectPage = lazy(withMessages(() => import('../features/projects/NewProjectPage')));
const EditProjectPage = lazy(withMessages(() => import('./consoles/EditProjectPage')));
const ProjectSponsorsPage = lazy(withMessages(() => import('./consoles/ProjectSponsorsPage')));
const MyRequestsPage = lazy(withMessages(() => import('./consoles/MyRequestsPage')));
const NewEventPage = lazy(withMessages(() => import('../features/events/NewEventPage')));
const NewStoryPage = lazy(withMessages(() => import('../features/stories/NewStoryPage')));
const ProjectAssessmentsPage = lazy(withMessages(() => import('./consoles/ProjectAssessmentsPage')));
const VolunteerPage = lazy(withMessages(() => import('../features/volunteers/VolunteerPage')));
const ProjectTasksPage = lazy(withMessages(() => import('./consoles/ProjectTasksPage')));
// — the organisation console and admin —
const OrganizationConsolePage = lazy(withMessages(() => import('./consoles/OrganizationConsolePage')));
const AdminPage = lazy(withMessages(() => import('../features/admin/AdminPage')));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        {/* — public pages — */}
        <Route path="projects" element={<ProjectsPage />} />
        <Route path="projects/:slug" element={<ProjectPage />} />
        <Route path="projects/:slug/assess" element={<AssessPage />} />
        <Route path="organizations" element={<OrganizationsPage />} />
        <Route path="organizations/:slug" element={<OrganizationPage />} />
        <Route path="offers" element={<OffersPage />} />
        <Route path="offers/:id" element={<OfferPage />} />
        <Route path="events" element={<EventsPage />} />
        <Route path="events/:slug" element={<EventPage />} />
        <Route path="stories" element={<StoriesPage />} />
        <Route path="ideas" element={<IdeasPage />} />
        <Route path="ideas/new" element={<NewIdeaPage />} />
        <Route path="ideas/:slug" element={<IdeaPage />} />
        <Route path="tasks" element={<TasksPage />} />
        <Route path="volunteers/:userId" element={<VolunteerProfilePage />} />
        {/* — sign-in, profile and the maintainer console — */}
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="account/organizations/new" element={<CreateOrganizationPage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="console/projects" element={<MyProjectsPage />} />
        <Route path="console/projects/new" element={<NewProjectPage />} />
        <Route path="console/projects/:slug/edit" element={<EditProjectPage />} />
        <Route path="console/projects/:slug/sponsors" element={<ProjectSponsorsPage />} />
        <Route path="console/requests" element={<MyRequestsPage />} />
        <Route path="console/events/new" element={<NewEventPage />} />
        <Route path="console/stories/new" element={<NewStoryPage />} />
        <Route path="console/projects/:slug/assessments" element={<ProjectAssessmentsPage />} />
        <Route path="volunteer" element={<VolunteerPage />} />
        <Route path="console/projects/:slug/tasks" element={<ProjectTasksPage />} />
        {/* — the organisation console and admin — */}
        <Route path="console/organizations/:slug/:tab?" element={<OrganizationConsolePage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
